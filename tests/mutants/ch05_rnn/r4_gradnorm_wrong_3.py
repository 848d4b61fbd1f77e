# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b: uses only the last output unit/step (out[:, -1]) instead of the sum of all the model's outputs
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    xt = tf.constant(np.asarray(x, np.float32))
    with tf.GradientTape() as tape:
        tape.watch(xt)
        out = model(xt)
        target = tf.reduce_sum(out[:, -1])
    grads = tape.gradient(target, xt).numpy()[0].astype(np.float64)
    return np.linalg.norm(grads, axis=-1)
