# target: ch02_derivatives
# kind: mutant
# why: breaks 2.3c: d_sigmoid uses exp(-x)/(1+exp(-x))^2, exact up to |x|~80 but inf/inf = NaN at x = -1000 (tape gives 0)
def _as_f32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    x = _as_f32(x)
    e = tf.exp(-x)
    return e / ((1.0 + e) * (1.0 + e))


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
    return tf.where(x > 0, tf.ones_like(x), alpha * tf.ones_like(x))
