# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b: differentiates the MEAN of the outputs, not their sum (same only when the model has a single output value)
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    xt = tf.convert_to_tensor(np.asarray(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(xt)
        loss = tf.reduce_mean(model(xt))
    g = tape.gradient(loss, xt).numpy().astype(np.float64)[0]
    return np.sqrt(np.sum(g * g, axis=1))
