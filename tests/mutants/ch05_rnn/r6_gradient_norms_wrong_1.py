# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3a: returns the norms as a float32 array (straight from the float32 gradient), not float64
def input_gradient_norms(model, x):
    xt = tf.constant(np.asarray(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(xt)
        total = tf.reduce_sum(model(xt))
    grad = tape.gradient(total, xt).numpy()[0]
    return np.linalg.norm(grad, axis=-1)
