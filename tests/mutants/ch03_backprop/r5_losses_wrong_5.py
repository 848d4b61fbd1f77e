# target: ch03_losses
# kind: mutant
# why: breaks 3.1f: the log-sum-exp subtracts the largest logit of the whole batch instead of each row's, so a row whose logits are all far below another row's max (e.g. all -1000 beside a 1000) gives log(0) and a NaN/infinite loss
def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true = tf.cast(y_true, tf.float32)
    y_pred = tf.cast(y_pred, tf.float32)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    relu_z = tf.where(z >= 0, z, tf.zeros_like(z))
    neg_abs_z = tf.where(z >= 0, -z, z)
    return tf.reduce_mean(relu_z - y * z + tf.math.log1p(tf.exp(neg_abs_z)))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    shifted = z - tf.reduce_max(z)
    log_sum = tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True))
    return tf.reduce_mean(tf.reduce_sum(y * (log_sum - shifted), axis=-1))
