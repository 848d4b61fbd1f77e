# target: ch03_losses
# kind: mutant
# why: breaks 3.1g: BCE selects between two overflow-prone branches with tf.where; the value is finite and exact at ±1000, but the unselected branch's gradient is inf/inf = NaN, so d loss/d logits is NaN at z = ±1000
def _f32(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true, y_pred = _f32(y_true), _f32(y_pred)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y, z = _f32(y_true), _f32(logits)
    positive = z - y * z + tf.math.log(1.0 + tf.exp(-z))
    negative = -y * z + tf.math.log(1.0 + tf.exp(z))
    return tf.reduce_mean(tf.where(z >= 0, positive, negative))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y, z = _f32(y_true), _f32(logits)
    m = tf.reduce_max(z, axis=-1, keepdims=True)
    lse = m + tf.math.log(tf.reduce_sum(tf.exp(z - m), axis=-1, keepdims=True))
    return tf.reduce_mean(tf.reduce_sum(y * (lse - z), axis=-1))
