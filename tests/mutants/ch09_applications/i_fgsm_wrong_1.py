# target: ch09_fgsm
# kind: mutant
# why: 9.4a - adds the step to the original x, so a float64 input gives a float64 result instead of float32
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    inputs = tf.convert_to_tensor(np.asarray(x, dtype=np.float32))
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        loss = loss_fn(np.asarray(y), model(inputs, training=False))
    gradient = tape.gradient(loss, inputs).numpy()
    return np.clip(x + epsilon * np.sign(gradient), 0, 1)
