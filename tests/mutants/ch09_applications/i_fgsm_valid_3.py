# target: ch09_fgsm
# kind: alternative
# why: helper for the input gradient with the functional keras.losses.sparse_categorical_crossentropy (per-example losses, summed), debug print of type(x), np.where for the sign
def input_gradient(model, inputs, labels):
    """Gradient of the summed cross-entropy of the logits with respect to the inputs."""
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        logits = model(inputs, training=False)
        per_example = keras.losses.sparse_categorical_crossentropy(labels, logits, from_logits=True)
        loss = tf.reduce_sum(per_example)
    return tape.gradient(loss, inputs)


def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"fgsm: epsilon={epsilon} is negative; the step size must be >= 0")
    if not isinstance(x, np.ndarray):
        print("fgsm: converting input of type", type(x))
    x32 = np.asarray(x).astype(np.float32)  # astype returns a new array
    labels = np.asarray(y, dtype=np.int64)
    gradient = np.asarray(input_gradient(model, tf.constant(x32), tf.constant(labels)))
    direction = np.where(gradient > 0, 1.0, np.where(gradient < 0, -1.0, 0.0)).astype(np.float32)
    adversarial = np.minimum(np.maximum(x32 + np.float32(epsilon) * direction, 0.0), 1.0)
    return adversarial.astype(np.float32)
