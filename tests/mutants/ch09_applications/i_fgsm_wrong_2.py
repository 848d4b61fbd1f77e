# target: ch09_fgsm
# kind: mutant
# why: 9.4a - stays in TensorFlow and returns a tf.Tensor, not a NumPy array
def fgsm(model, x, y, epsilon):
    """One fast-gradient-sign step of size epsilon away from the labels y, clipped to [0, 1]."""
    if epsilon < 0:
        raise ValueError(f"epsilon must be non-negative, got {epsilon}")
    inputs = tf.convert_to_tensor(np.asarray(x, dtype=np.float32))
    labels = tf.convert_to_tensor(np.asarray(y))
    loss_fn = keras.losses.SparseCategoricalCrossentropy(from_logits=True)
    with tf.GradientTape() as tape:
        tape.watch(inputs)
        loss = loss_fn(labels, model(inputs, training=False))
    gradient = tape.gradient(loss, inputs)
    return tf.clip_by_value(inputs + epsilon * tf.sign(gradient), 0.0, 1.0)
