# target: ch09_fgsm
# kind: mutant
# why: 9.4b - one-hot encodes the labels with a hard-coded depth of 10, so the loss is wrong (or fails) for models with another number of classes
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    x32 = np.array(x, dtype=np.float32)
    inputs = tf.convert_to_tensor(x32)
    one_hot = tf.one_hot(np.asarray(y), 10)  # ten digits
    loss_fn = keras.losses.CategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        loss = loss_fn(one_hot, model(inputs, training=False))
    gradient = tape.gradient(loss, inputs).numpy()
    return np.clip(x32 + np.float32(epsilon) * np.sign(gradient), 0, 1).astype(np.float32)
