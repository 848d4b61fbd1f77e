# target: ch03_losses
# kind: alternative
# why: valid: squared_difference for MSE, log1p(exp(-|z|)) in BCE, CCE as -sum(y * log_softmax) with a stop_gradient'ed row max (value and gradient unchanged), NumPy-dtype casts; all float32 scalars
def to32(value):
    return tf.cast(tf.convert_to_tensor(value), np.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    return tf.math.reduce_mean(tf.math.squared_difference(to32(y_pred), to32(y_true)))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y, z = to32(y_true), to32(logits)
    per_entry = tf.maximum(z, tf.zeros_like(z)) - z * y + tf.math.log1p(tf.math.exp(-tf.math.abs(z)))
    return tf.math.reduce_mean(per_entry)


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y, z = to32(y_true), to32(logits)
    shift = tf.stop_gradient(tf.math.reduce_max(z, axis=-1, keepdims=True))
    log_p = (z - shift) - tf.math.log(tf.math.reduce_sum(tf.math.exp(z - shift), axis=-1, keepdims=True))
    per_row = -tf.math.reduce_sum(y * log_p, axis=-1)
    return tf.math.reduce_sum(per_row) / tf.cast(tf.shape(per_row)[0], tf.float32)
