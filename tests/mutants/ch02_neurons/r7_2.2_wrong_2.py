# target: ch02_activations
# kind: mutant
# why: breaks 2.2e: softmax subtracts the global maximum of the whole tensor, not each slice's maximum along axis, so a row of [0, 0] next to a row of [1000, 1000] underflows to 0/0 = NaN
def _f32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = _f32(x)
    u = tf.exp(-tf.abs(x))
    return tf.where(x >= 0, 1.0 / (1.0 + u), u / (1.0 + u))


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = _f32(x)
    u = tf.exp(-2.0 * tf.abs(x))
    return tf.where(x >= 0, 1.0, -1.0) * (1.0 - u) / (1.0 + u)


def relu(x):
    """max(0, x)."""
    x = _f32(x)
    return tf.maximum(x, 0.0)


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = _f32(x)
    return tf.where(x >= 0, x, alpha * x)


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = _f32(x)
    e = tf.exp(x - tf.reduce_max(x))
    return e / tf.reduce_sum(e, axis=axis, keepdims=True)
