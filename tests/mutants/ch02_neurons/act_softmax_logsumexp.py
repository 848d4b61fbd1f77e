# target: ch02_activations
# kind: mutant
# why: breaks 2.2f: softmax as exp(x - logsumexp(x)) sums to 2 for [3e38, 3e38] (the logsumexp absorbs log 2); the rest (sigmoid as exp(-softplus), tanh as 2 sigmoid(2x) - 1) is fine
def sigmoid(x):
    x = tf.cast(x, tf.float32)
    # log(1 + exp(-x)) written so that no exponent is positive
    softplus_neg = tf.maximum(-x, 0.0) + tf.math.log1p(tf.exp(-tf.abs(x)))
    return tf.exp(-softplus_neg)


def tanh(x):
    return 2.0 * sigmoid(2.0 * tf.cast(x, tf.float32)) - 1.0


def relu(x):
    x = tf.cast(x, tf.float32)
    return tf.where(x > 0, x, tf.zeros_like(x))


def leaky_relu(x, alpha=0.2):
    x = tf.cast(x, tf.float32)
    return tf.maximum(x, 0.0) + alpha * tf.minimum(x, 0.0)


def softmax(x, axis=-1):
    x = tf.cast(x, tf.float32)
    return tf.exp(x - tf.reduce_logsumexp(x, axis=axis, keepdims=True))
