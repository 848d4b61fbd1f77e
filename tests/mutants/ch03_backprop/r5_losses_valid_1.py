# target: ch03_losses
# kind: alternative
# why: valid: casts everything to float32, MSE as sum/count, relu written as (z + |z|) / 2, shifted log-sum-exp with a stop-gradient on the row maximum
def to_float32(t):
    return tf.cast(tf.convert_to_tensor(t), tf.float32)


def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true = to_float32(y_true)
    y_pred = to_float32(y_pred)
    diff = y_pred - y_true
    count = tf.cast(tf.size(diff), tf.float32)
    return tf.reduce_sum(diff * diff) / count


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y = to_float32(y_true)
    z = to_float32(logits)
    positive_part = 0.5 * (z + tf.abs(z))          # = max(z, 0)
    per_entry = positive_part - y * z + tf.math.log1p(tf.exp(-tf.abs(z)))
    return tf.reduce_mean(per_entry)


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y = to_float32(y_true)
    z = to_float32(logits)
    row_max = tf.stop_gradient(tf.reduce_max(z, axis=-1, keepdims=True))
    shifted = z - row_max                                  # every entry <= 0, so exp never overflows
    log_sum_exp = tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=-1, keepdims=True))
    per_example = tf.reduce_sum(y * (log_sum_exp - shifted), axis=-1)
    return tf.reduce_mean(per_example)
