# target: ch02_activations
# kind: mutant
# why: hard-codes the slope 0.01 instead of using alpha
def sigmoid(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    u = tf.exp(-tf.abs(x))
    return tf.where(x >= 0, 1.0 / (1.0 + u), u / (1.0 + u))


def tanh(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    u = tf.exp(-2.0 * tf.abs(x))
    magnitude = (1.0 - u) / (1.0 + u)
    return tf.where(x >= 0, magnitude, -magnitude)


def relu(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.maximum(x, 0.0)


def leaky_relu(x, alpha=0.2):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.where(x >= 0, x, 0.01 * x)


def softmax(x, axis=-1):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    shifted = x - tf.reduce_max(x, axis=axis, keepdims=True)
    e = tf.exp(shifted)
    return e / tf.reduce_sum(e, axis=axis, keepdims=True)
