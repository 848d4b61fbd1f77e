# target: ch03_losses
# kind: mutant
# why: breaks 3.1e: the categorical loss picks the log-probability of argmax(y_true) only, exact for one-hot rows but wrong for soft probability rows such as [0.7, 0.2, 0.1]
def as_float32(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    return tf.reduce_mean(tf.square(as_float32(y_pred) - as_float32(y_true)))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y, z = as_float32(y_true), as_float32(logits)
    positive = z >= 0
    relu_z = tf.where(positive, z, tf.zeros_like(z))
    minus_abs_z = tf.where(positive, -z, z)
    return tf.reduce_mean(relu_z - y * z + tf.math.log1p(tf.exp(minus_abs_z)))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y, z = as_float32(y_true), as_float32(logits)
    m = tf.reduce_max(z, axis=-1, keepdims=True)
    log_p = z - m - tf.math.log(tf.reduce_sum(tf.exp(z - m), axis=-1, keepdims=True))
    target = tf.argmax(y, axis=-1)
    return tf.reduce_mean(-tf.gather(log_p, target, axis=1, batch_dims=1))
