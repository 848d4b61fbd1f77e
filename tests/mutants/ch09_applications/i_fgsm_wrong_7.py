# target: ch09_fgsm
# kind: mutant
# why: 9.4b - attacks the model's own predictions (argmax of the logits) instead of the given labels y
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    x32 = np.array(x, dtype=np.float32)
    inputs = tf.convert_to_tensor(x32)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        logits = model(inputs, training=False)
        predicted = tf.argmax(logits, axis=1)  # no label leaking: attack what the model believes
        loss = loss_fn(predicted, logits)
    gradient = tape.gradient(loss, inputs).numpy()
    return np.clip(x32 + np.float32(epsilon) * np.sign(gradient), 0, 1).astype(np.float32)
