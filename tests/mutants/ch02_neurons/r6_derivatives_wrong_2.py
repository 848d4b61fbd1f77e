# target: ch02_derivatives
# kind: mutant
# why: breaks 2.3c: d_sigmoid as exp(-x) / (1 + exp(-x))**2, which is inf/inf = NaN for x below about -88 (e.g. -1000); exact on the visible points up to +-6
def as_float32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    x = as_float32(x)
    e = tf.exp(-x)
    return e / ((1.0 + e) * (1.0 + e))


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
    return tf.where(x > 0, tf.ones_like(x), tf.cast(alpha, tf.float32) * tf.ones_like(x))
