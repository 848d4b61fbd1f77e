# target: ch02_derivatives
# kind: mutant
# why: writes sigma(x) * (1 - x), mixing the input and the output
def d_sigmoid(x):
    s = sigmoid(x)
    return s * (1.0 - tf.convert_to_tensor(x, dtype=tf.float32))


def d_tanh(x):
    t = tanh(x)
    return 1.0 - t * t


def d_relu(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.cast(x > 0, tf.float32)


def d_leaky_relu(x, alpha=0.2):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.where(x > 0, tf.ones_like(x), alpha * tf.ones_like(x))
