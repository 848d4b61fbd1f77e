# target: ch03_losses
# kind: alternative
# why: valid: the hinted max(z, 0) - y z + log(1 + exp(-|z|)); its gradient at exactly z = 0 is one-sided, which 3.1g now leaves out
def as_float32(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    return tf.reduce_mean(tf.square(as_float32(y_pred) - as_float32(y_true)))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y, z = as_float32(y_true), as_float32(logits)
    return tf.reduce_mean(tf.maximum(z, 0.0) - y * z + tf.math.log1p(tf.exp(-tf.abs(z))))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y, z = as_float32(y_true), as_float32(logits)
    m = tf.reduce_max(z, axis=-1, keepdims=True)
    log_p = z - m - tf.math.log(tf.reduce_sum(tf.exp(z - m), axis=-1, keepdims=True))
    return tf.reduce_mean(-tf.reduce_sum(y * log_p, axis=-1))
