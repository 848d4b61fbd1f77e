# target: ch05_gradient_norms
# kind: alternative
# why: tf.cast to float32 before the tape, outputs flattened before summing, gradient reshaped to (T, n_in) and norm via einsum in float64
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    T, n_in = np.shape(x)[1], np.shape(x)[2]
    x32 = tf.cast(tf.constant(np.asarray(x)), tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x32)
        flat = tf.reshape(model(x32), [-1])
        summed = tf.reduce_sum(flat)
    grad = tape.gradient(summed, x32).numpy().astype("float64").reshape(T, n_in)
    return np.sqrt(np.einsum("tf,tf->t", grad, grad))
