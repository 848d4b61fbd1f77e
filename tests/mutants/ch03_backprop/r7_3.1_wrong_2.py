# target: ch03_losses
# kind: mutant
# why: breaks 3.1e: the target row is replaced by the one-hot of its argmax, exact for one-hot labels but wrong for soft probability rows such as (0.7, 0.2, 0.1)
def _f32(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true, y_pred = _f32(y_true), _f32(y_pred)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y, z = _f32(y_true), _f32(logits)
    return tf.reduce_mean(tf.maximum(z, 0.0) - y * z + tf.math.log(1.0 + tf.exp(-tf.abs(z))))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y, z = _f32(y_true), _f32(logits)
    y = tf.one_hot(tf.argmax(y, axis=-1), tf.shape(z)[-1])
    m = tf.reduce_max(z, axis=-1, keepdims=True)
    lse = m + tf.math.log(tf.reduce_sum(tf.exp(z - m), axis=-1, keepdims=True))
    return tf.reduce_mean(tf.reduce_sum(y * (lse - z), axis=-1))
