# target: ch09_fgsm
# kind: alternative
# why: GradientTape with tape.watch on a float32 tensor, keras SparseCategoricalCrossentropy (mean) object, NumPy sign/clip on a copy
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    x32 = np.array(x, dtype=np.float32)  # np.array copies, so the caller's x is never touched
    inputs = tf.convert_to_tensor(x32)
    labels = tf.convert_to_tensor(np.asarray(y).astype(np.int64).reshape(-1))
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        logits = model(inputs, training=False)
        loss = loss_fn(labels, logits)
    gradient = tape.gradient(loss, inputs).numpy()
    adversarial = x32 + np.float32(epsilon) * np.sign(gradient)
    return np.clip(adversarial, 0.0, 1.0).astype(np.float32)
