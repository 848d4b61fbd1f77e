# target: ch02_derivatives
# kind: mutant
# why: breaks 2.3b: d_leaky_relu(0) is 1, but tf.GradientTape on keras.activations.leaky_relu (tf.nn.leaky_relu) gives alpha at exactly 0
def _as_f32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    x = _as_f32(x)
    u = tf.exp(-tf.abs(x))
    return u / ((1.0 + u) * (1.0 + u))


def d_tanh(x):
    """Derivative of tanh at x."""
    x = _as_f32(x)
    u = tf.exp(-2.0 * tf.abs(x))
    return 4.0 * u / ((1.0 + u) * (1.0 + u))


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    x = _as_f32(x)
    return tf.cast(x > 0, tf.float32)


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    x = _as_f32(x)
    return tf.where(x >= 0, tf.ones_like(x), alpha * tf.ones_like(x))
