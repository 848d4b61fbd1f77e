# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3a for allowed shapes: np.squeeze on the gradient then a norm over axis 1 fails when T == 1 or n_in == 1
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    inp = tf.constant(x, tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(inp)
        s = tf.reduce_sum(model(inp))
    g = np.squeeze(tape.gradient(s, inp).numpy()).astype(np.float64)   # (T, n_in)
    print(g.shape)
    return np.linalg.norm(g, axis=1)
