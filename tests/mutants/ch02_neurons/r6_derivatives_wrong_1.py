# target: ch02_derivatives
# kind: mutant
# why: breaks 2.3b: d_leaky_relu uses x >= 0, so at exactly x = 0 it returns 1 where tf.GradientTape on keras.activations.leaky_relu gives alpha (TF's LeakyReluGrad selects on features > 0)
def as_float32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    x = as_float32(x)
    u = tf.exp(-tf.abs(x))
    s = tf.where(x >= 0, 1.0 / (1.0 + u), u / (1.0 + u))
    return s * (1.0 - s)


def d_tanh(x):
    """Derivative of tanh at x."""
    x = as_float32(x)
    u = tf.exp(-2.0 * tf.abs(x))
    t = tf.sign(x) * (1.0 - u) / (1.0 + u)
    return 1.0 - t * t


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    x = as_float32(x)
    return tf.where(x > 0, tf.ones_like(x), tf.zeros_like(x))


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    x = as_float32(x)
    return tf.where(x >= 0, tf.ones_like(x), tf.cast(alpha, tf.float32) * tf.ones_like(x))
