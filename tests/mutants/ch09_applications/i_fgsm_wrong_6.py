# target: ch09_fgsm
# kind: mutant
# why: 9.4b - sign(0) taken as +1 (np.where(g >= 0, 1, -1)), so pixels with zero gradient still move by epsilon
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    x32 = np.array(x, dtype=np.float32)
    inputs = tf.convert_to_tensor(x32)
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        loss = loss_fn(np.asarray(y), model(inputs, training=False))
    gradient = tape.gradient(loss, inputs).numpy()
    direction = np.where(gradient >= 0, 1.0, -1.0).astype(np.float32)
    return np.clip(x32 + np.float32(epsilon) * direction, 0, 1).astype(np.float32)
