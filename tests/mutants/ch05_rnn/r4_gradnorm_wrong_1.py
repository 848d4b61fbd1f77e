# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3a: the norms are computed on the float32 gradient and returned as a float32 array
def input_gradient_norms(model, x):
    """Norm of d sum(model(x)) / d x_t for every time step t of one sequence x of shape (1, T, n_in)."""
    x_tensor = tf.constant(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x_tensor)
        total = tf.reduce_sum(model(x_tensor))
    grad = tape.gradient(total, x_tensor)
    return tf.norm(grad[0], axis=-1).numpy()
