# target: ch03_losses
# kind: mutant
# why: tf.where evaluates both branches; exp(z) overflows in the discarded one and turns the gradient into NaN
def mse(y_true, y_pred):
    diff = tf.cast(y_pred, tf.float32) - tf.cast(y_true, tf.float32)
    return tf.reduce_mean(tf.reduce_mean(diff * diff, axis=-1))


def binary_crossentropy_from_logits(y_true, logits):
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    # -log(sigmoid(z)) = log(1 + exp(-z)), with the exponent kept non-positive
    neg_log_p = tf.where(z >= 0, tf.math.log1p(tf.exp(-z)), -z + tf.math.log1p(tf.exp(z)))
    neg_log_not_p = neg_log_p + z
    return tf.reduce_mean(y * neg_log_p + (1.0 - y) * neg_log_not_p)


def categorical_crossentropy_from_logits(y_true, logits):
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    shifted = z - tf.reduce_max(z, axis=1, keepdims=True)
    log_p = shifted - tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=1, keepdims=True))
    return -tf.reduce_sum(y * log_p) / tf.cast(tf.shape(z)[0], tf.float32)
