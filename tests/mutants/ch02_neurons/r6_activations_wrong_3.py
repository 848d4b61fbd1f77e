# target: ch02_activations
# kind: mutant
# why: breaks 2.2d: for an axis other than the last, softmax reverses all axes with tf.transpose; right for rank 2 and for axis 0, wrong for a middle axis of a rank-3 tensor (e.g. axis=1 of shape (2, 3, 4))
def as_float32(x):
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = as_float32(x)
    u = tf.exp(-tf.abs(x))
    return tf.where(x >= 0, 1.0 / (1.0 + u), u / (1.0 + u))


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = as_float32(x)
    u = tf.exp(-2.0 * tf.abs(x))
    return tf.sign(x) * -tf.math.expm1(-2.0 * tf.abs(x)) / (1.0 + u)


def relu(x):
    """max(0, x)."""
    return tf.maximum(as_float32(x), 0.0)


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = as_float32(x)
    return tf.where(x >= 0, x, tf.cast(alpha, tf.float32) * x)


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = as_float32(x)
    rank = len(x.shape)
    flip = rank > 1 and axis % rank != rank - 1
    if flip:
        x = tf.transpose(x)
    e = tf.exp(x - tf.reduce_max(x, axis=-1, keepdims=True))
    p = e / tf.reduce_sum(e, axis=-1, keepdims=True)
    return tf.transpose(p) if flip else p
