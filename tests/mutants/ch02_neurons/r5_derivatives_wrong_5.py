# target: ch02_derivatives
# kind: mutant
# why: breaks 2.3b: d_leaky_relu uses x >= 0, so at x = 0 it gives 1 where tf.GradientTape on keras.activations.leaky_relu gives alpha
def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    u = tf.exp(-tf.abs(x))          # sigma'(x) = u / (1 + u)^2, symmetric in x
    return u / tf.square(1.0 + u)


def d_tanh(x):
    """Derivative of tanh at x."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    u = tf.exp(-2.0 * tf.abs(x))    # 1 - tanh^2 = 4u / (1 + u)^2
    return 4.0 * u / tf.square(1.0 + u)


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return tf.cast(x > 0, tf.float32)


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return tf.where(x >= 0, 1.0, tf.cast(alpha, tf.float32))
