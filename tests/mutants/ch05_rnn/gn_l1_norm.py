# target: ch05_gradient_norms
# kind: mutant
# why: sums absolute values (an L1 norm) instead of the Euclidean norm
def input_gradient_norms(model, x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        total = tf.reduce_sum(model(x))
    gradient = tape.gradient(total, x).numpy()[0].astype(np.float64)
    return np.abs(gradient).sum(axis=-1)
