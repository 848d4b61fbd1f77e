# target: ch03_losses
# kind: mutant
# why: delegates to keras.losses.categorical_crossentropy
def mse(y_true, y_pred):
    """Mean squared error over the batch and the outputs."""
    y_true = tf.convert_to_tensor(y_true, dtype=tf.float32)
    y_pred = tf.convert_to_tensor(y_pred, dtype=tf.float32)
    return tf.reduce_mean(tf.square(y_pred - y_true))


def binary_crossentropy_from_logits(y_true, logits):
    """Mean binary cross-entropy of labels in {0, 1} given logits."""
    y = tf.convert_to_tensor(y_true, dtype=tf.float32)
    z = tf.convert_to_tensor(logits, dtype=tf.float32)
    return tf.reduce_mean(tf.maximum(z, 0.0) - y * z + tf.math.log1p(tf.exp(-tf.abs(z))))


def categorical_crossentropy_from_logits(y_true, logits):
    """Mean categorical cross-entropy of probability rows given logits."""
    y = tf.convert_to_tensor(y_true, dtype=tf.float32)
    z = tf.convert_to_tensor(logits, dtype=tf.float32)
    return tf.reduce_mean(keras.losses.categorical_crossentropy(y, z, from_logits=True))
