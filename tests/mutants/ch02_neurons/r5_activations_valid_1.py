# target: ch02_activations
# kind: alternative
# why: valid: the text's own stable forms (exp(-|x|) sigmoid, sign-split tanh, max-shifted softmax with keepdims), a helper that casts to float32
def to_float32(x):
    """Any tensor-like input as a float32 tensor."""
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = to_float32(x)
    u = tf.exp(-tf.abs(x))
    return tf.where(x >= 0, 1.0 / (1.0 + u), u / (1.0 + u))


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = to_float32(x)
    u = tf.exp(-2.0 * tf.abs(x))
    t = (1.0 - u) / (1.0 + u)
    return tf.where(x < 0, -t, t)


def relu(x):
    """max(0, x)."""
    x = to_float32(x)
    return tf.maximum(x, 0.0)


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = to_float32(x)
    return tf.where(x >= 0, x, alpha * x)


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = to_float32(x)
    e = tf.exp(x - tf.reduce_max(x, axis=axis, keepdims=True))
    return e / tf.reduce_sum(e, axis=axis, keepdims=True)
