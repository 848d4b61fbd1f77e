# target: ch02_activations
# kind: alternative
# why: valid: tanh via the stated identity 2*sigmoid(2x)-1 (finite even when 2x overflows to inf), relu/leaky_relu via tf.where, softmax with tf.math ops and keepdims, np.float32 constants; all float32, finite, shape-preserving
def as_float32_tensor(x):
    t = tf.convert_to_tensor(x)
    return t if t.dtype == tf.float32 else tf.cast(t, tf.float32)


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = as_float32_tensor(x)
    u = tf.math.exp(-tf.math.abs(x))
    one = np.float32(1.0)
    return tf.where(x < 0, u / (one + u), one / (one + u))


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = as_float32_tensor(x)
    return 2.0 * sigmoid(2.0 * x) - 1.0


def relu(x):
    """max(0, x)."""
    x = as_float32_tensor(x)
    return tf.where(x > 0, x, tf.zeros_like(x))


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = as_float32_tensor(x)
    return tf.where(x > 0, x, x * tf.cast(alpha, tf.float32))


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = as_float32_tensor(x)
    shifted = x - tf.math.reduce_max(x, axis=axis, keepdims=True)
    numer = tf.math.exp(shifted)
    denom = tf.math.reduce_sum(numer, axis=axis, keepdims=True)
    return numer / denom
