# target: ch03_losses
# kind: mutant
# why: breaks 3.1d: binary cross-entropy picks -log(sigmoid(z)) or -log(1-sigmoid(z)) by thresholding the label at 0.5, so soft labels in (0, 1) give the wrong loss
def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true = tf.cast(y_true, tf.float32)
    y_pred = tf.cast(y_pred, tf.float32)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    log_term = tf.math.log1p(tf.exp(-tf.abs(z)))
    minus_log_p = tf.where(z >= 0, tf.zeros_like(z), -z) + log_term        # -log sigmoid(z)
    minus_log_1mp = tf.where(z >= 0, z, tf.zeros_like(z)) + log_term       # -log (1 - sigmoid(z))
    return tf.reduce_mean(tf.where(y > 0.5, minus_log_p, minus_log_1mp))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    shifted = z - tf.reduce_max(z, axis=-1, keepdims=True)
    log_sum = tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True))
    return tf.reduce_mean(tf.reduce_sum(y * (log_sum - shifted), axis=-1))
