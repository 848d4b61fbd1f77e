# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b "x itself is left unchanged": casts x to float32 in place with x[...] = ..., rounding a float64 caller's array
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    x[...] = np.asarray(x, dtype=np.float32)  # make sure the values are float32 precision
    xt = tf.constant(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(xt)
        total = tf.reduce_sum(model(xt))
    g = tape.gradient(total, xt).numpy()[0].astype(np.float64)
    return np.sqrt(np.sum(g ** 2, axis=-1))
