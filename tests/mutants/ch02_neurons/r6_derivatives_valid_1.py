# target: ch02_derivatives
# kind: alternative
# why: valid: closed forms in u = exp(-|x|) that never form sigma(x) (u/(1+u)^2 and 4u/(1+u)^2, more accurate in the tails than the tape's float32 s(1-s)), d_relu by casting a comparison, d_leaky_relu by arithmetic on that indicator (alpha at x = 0, as the tape gives), all float32
def float32_tensor(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    u = tf.exp(-tf.abs(float32_tensor(x)))
    return u / tf.square(1.0 + u)


def d_tanh(x):
    """Derivative of tanh at x."""
    u = tf.exp(-2.0 * tf.abs(float32_tensor(x)))
    return 4.0 * u / tf.square(1.0 + u)


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    return tf.cast(float32_tensor(x) > 0.0, tf.float32)


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    positive = d_relu(x)
    slope = tf.cast(alpha, tf.float32)
    return positive + slope * (1.0 - positive)
