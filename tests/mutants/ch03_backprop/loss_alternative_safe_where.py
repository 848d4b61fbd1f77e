# target: ch03_losses
# kind: alternative
# why: branch-wise BCE with the "double where" trick (each branch only sees inputs on which it is finite); log-softmax written out
def mse(y_true, y_pred):
    diff = tf.cast(y_pred, tf.float32) - tf.cast(y_true, tf.float32)
    return tf.reduce_mean(tf.reduce_mean(diff * diff, axis=-1))


def binary_crossentropy_from_logits(y_true, logits):
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    positive = z >= 0
    z_pos = tf.where(positive, z, tf.zeros_like(z))
    z_neg = tf.where(positive, tf.zeros_like(z), z)
    # -log(sigmoid(z)): log(1 + exp(-z)) for z >= 0, -z + log(1 + exp(z)) otherwise
    neg_log_p = tf.where(positive, tf.math.log1p(tf.exp(-z_pos)), -z_neg + tf.math.log1p(tf.exp(z_neg)))
    return tf.reduce_mean(y * neg_log_p + (1.0 - y) * (neg_log_p + z))


def categorical_crossentropy_from_logits(y_true, logits):
    y = tf.cast(y_true, tf.float32)
    z = tf.cast(logits, tf.float32)
    shifted = z - tf.reduce_max(z, axis=1, keepdims=True)
    log_p = shifted - tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=1, keepdims=True))
    return -tf.reduce_sum(y * log_p) / tf.cast(tf.shape(z)[0], tf.float32)
