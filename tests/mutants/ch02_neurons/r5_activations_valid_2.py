# target: ch02_activations
# kind: alternative
# why: valid: tanh as 2*sigmoid(2x)-1, relu via tf.where, leaky_relu as max(x,0)+alpha*min(x,0) (right for any alpha), softmax in steps with a debug print
def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = tf.convert_to_tensor(x)
    x = tf.cast(x, dtype=tf.float32)
    e = tf.exp(-tf.abs(x))                      # in (0, 1], never overflows
    numerator = tf.where(x >= 0, tf.ones_like(x), e)
    return numerator / (1.0 + e)


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return 2.0 * sigmoid(2.0 * x) - 1.0


def relu(x):
    """max(0, x)."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return tf.where(x > 0, x, tf.zeros_like(x))


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return tf.maximum(x, 0.0) + alpha * tf.minimum(x, 0.0)


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    biggest = tf.reduce_max(x, axis=axis, keepdims=True)
    shifted = x - biggest                       # largest entry becomes 0
    exps = tf.exp(shifted)
    total = tf.reduce_sum(exps, axis=axis, keepdims=True)
    probs = exps / total
    print("softmax:", x.shape, "->", probs.shape, "along axis", axis)
    return probs
