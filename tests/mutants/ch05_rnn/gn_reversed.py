# target: ch05_gradient_norms
# kind: mutant
# why: returns the norms from the last step to the first
def input_gradient_norms(model, x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        total = tf.reduce_sum(model(x))
    gradient = tape.gradient(total, x).numpy()[0].astype(np.float64)
    return np.linalg.norm(gradient, axis=-1)[::-1]
