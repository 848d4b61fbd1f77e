# target: ch09_fgsm
# kind: mutant
# why: 9.4b/9.4d - thinks pixels are in 0..255 and divides epsilon by 255, so the attack barely moves the pixels
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
    step = np.float32(epsilon / 255.0)  # epsilon is given in grey levels
    return np.clip(x32 + step * np.sign(gradient), 0, 1).astype(np.float32)
