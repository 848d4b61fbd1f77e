# target: ch02_derivatives
# kind: alternative
# why: derivatives from exponentials with non-positive arguments, not from the forward functions
def d_sigmoid(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    u = tf.exp(-tf.abs(x))
    return u / (1.0 + u) ** 2


def d_tanh(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    u = tf.exp(-2.0 * tf.abs(x))
    return 4.0 * u / (1.0 + u) ** 2


def d_relu(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.where(x > 0, 1.0, 0.0)


def d_leaky_relu(x, alpha=0.2):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.where(x <= 0, tf.fill(tf.shape(x), float(alpha)), tf.ones_like(x))
