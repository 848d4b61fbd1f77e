# target: ch03_losses
# kind: alternative
# why: valid: squared_difference for MSE; BCE as max(z,0) - yz + log1p(exp(-|z|)) written with tf.where on both parts (correct gradient at z = 0 and finite at +-1000); CCE as -sum(y * log_softmax) with tf.stop_gradient on the row max (the gradient is unchanged since LSE is shift-invariant); all inputs cast to float32
def float32_tensor(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    return tf.reduce_mean(tf.math.squared_difference(float32_tensor(y_pred), float32_tensor(y_true)))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    labels, z = float32_tensor(y_true), float32_tensor(logits)
    nonnegative = tf.greater_equal(z, 0.0)
    positive_part = tf.where(nonnegative, z, tf.zeros_like(z))
    negative_abs = tf.where(nonnegative, -z, z)
    per_entry = positive_part - labels * z + tf.math.log1p(tf.exp(negative_abs))
    return tf.reduce_mean(per_entry)


def row_log_softmax(z):
    shift = tf.stop_gradient(tf.reduce_max(z, axis=-1, keepdims=True))
    shifted = z - shift
    return shifted - tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    targets, z = float32_tensor(y_true), float32_tensor(logits)
    per_example = -tf.reduce_sum(targets * row_log_softmax(z), axis=-1)
    return tf.reduce_mean(per_example)
