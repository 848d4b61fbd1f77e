# target: ch03_losses
# kind: mutant
# why: breaks 3.1g: binary cross-entropy chosen with tf.where between z>=0 and z<0 formulas; the unused branch log1p(exp(z)) overflows, so the gradient is NaN at logits of +-1000 although the value is right
def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true = tf.cast(y_true, tf.float32)
    y_pred = tf.cast(y_pred, tf.float32)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    # z >= 0: z - y z + log(1 + e^{-z});  z < 0: -y z + log(1 + e^{z})
    loss_pos = z - y * z + tf.math.log1p(tf.exp(-z))
    loss_neg = -y * z + tf.math.log1p(tf.exp(z))
    return tf.reduce_mean(tf.where(z >= 0, loss_pos, loss_neg))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    shifted = z - tf.reduce_max(z, axis=-1, keepdims=True)
    log_sum = tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True))
    return tf.reduce_mean(tf.reduce_sum(y * (log_sum - shifted), axis=-1))
