# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b "entry t is input step t": returns the norms ordered by steps back from the end (reversed)
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    x32 = tf.constant(np.asarray(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(x32)
        y = tf.reduce_sum(model(x32))
    grad = tape.gradient(y, x32).numpy()[0].astype(np.float64)
    norms = np.sqrt((grad ** 2).sum(axis=-1))
    return norms[::-1]  # steps back from the end, as in the plot
