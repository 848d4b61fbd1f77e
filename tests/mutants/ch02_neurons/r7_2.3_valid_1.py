# target: ch02_derivatives
# kind: alternative
# why: valid: closed forms rewritten symmetrically with u = exp(-|x|) (sigma' = u/(1+u)^2, tanh' = 4u'/(1+u')^2 = 1/cosh^2), never overflow; relu via max(sign(x), 0), leaky via a 0/1 mask and np.float32(alpha); no tape
def safe_input(x):
    return tf.cast(tf.convert_to_tensor(x), dtype=tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    u = tf.math.exp(-tf.math.abs(safe_input(x)))
    s = 1.0 / (1.0 + u)          # sigma(|x|)
    return s * (1.0 - s)         # sigma'(x) = sigma'(|x|)


def d_tanh(x):
    """Derivative of tanh at x."""
    u = tf.math.exp(-2.0 * tf.math.abs(safe_input(x)))
    return 4.0 * u / tf.square(1.0 + u)


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    x = safe_input(x)
    return tf.maximum(tf.sign(x), np.float32(0.0))


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    x = safe_input(x)
    positive = tf.cast(x > 0, tf.float32)
    return positive + (1.0 - positive) * np.float32(alpha)
