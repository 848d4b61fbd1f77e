# target: ch02_activations
# kind: alternative
# why: valid: single-expression stable forms without tf.where (sigmoid = exp(min(x,0)) / (1 + exp(-|x|)), tanh via expm1), tf.where-based relu, alpha cast to a tensor, softmax with tf.stop_gradient on the max; casts any input (int lists, float64 arrays or tensors) to float32
def to_float32_tensor(x):
    """Accept a tensor, array or list of any numeric dtype and return a float32 tensor."""
    return tf.cast(tf.convert_to_tensor(x), tf.float32)


def sigmoid(x):
    """1 / (1 + exp(-x)), computed without overflow."""
    x = to_float32_tensor(x)
    return tf.exp(tf.minimum(x, 0.0)) / (1.0 + tf.exp(-tf.abs(x)))


def tanh(x):
    """Hyperbolic tangent, computed without overflow."""
    x = to_float32_tensor(x)
    u = tf.exp(-2.0 * tf.abs(x))
    return tf.sign(x) * (-tf.math.expm1(-2.0 * tf.abs(x))) / (1.0 + u)


def relu(x):
    """max(0, x)."""
    x = to_float32_tensor(x)
    return tf.where(x > 0, x, tf.zeros_like(x))


def leaky_relu(x, alpha=0.2):
    """x for x >= 0, alpha * x otherwise."""
    x = to_float32_tensor(x)
    slope = tf.cast(tf.convert_to_tensor(alpha), tf.float32)
    return tf.where(x > 0, x, slope * x)


def softmax(x, axis=-1):
    """exp(x) / sum(exp(x)) along `axis`, stable for large inputs."""
    x = to_float32_tensor(x)
    shift = tf.stop_gradient(tf.reduce_max(x, axis=axis, keepdims=True))
    weights = tf.exp(x - shift)
    return weights / tf.reduce_sum(weights, axis=axis, keepdims=True)
