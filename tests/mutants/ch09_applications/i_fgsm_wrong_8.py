# target: ch09_fgsm
# kind: mutant
# why: 9.4b/9.4d - steps along the raw gradient (no sign), so pixels move by epsilon*g, far less than epsilon
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
    return np.clip(x32 + np.float32(epsilon) * gradient, 0, 1).astype(np.float32)
