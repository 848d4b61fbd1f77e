# target: ch09_fgsm
# kind: mutant
# why: steps against the gradient, lowering the loss
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"Expected epsilon >= 0. Received: epsilon={epsilon!r}")
    inputs = tf.convert_to_tensor(np.asarray(x, dtype=np.float32))
    labels = tf.convert_to_tensor(np.asarray(y))
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        loss = keras.losses.sparse_categorical_crossentropy(labels, model(inputs, training=False), from_logits=True)
    gradient = tape.gradient(loss, inputs).numpy()
    return np.clip(inputs.numpy() - np.float32(epsilon) * np.sign(gradient), 0.0, 1.0).astype(np.float32)
