# target: ch05_gradient_norms
# kind: alternative
# why: a tf.Variable instead of watch, tf.norm per step, then NumPy float64
def input_gradient_norms(model, x):
    variable = tf.Variable(np.asarray(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        outputs = model(variable)
        total = tf.reduce_sum(outputs)
    grad = tape.gradient(total, variable)
    norms = tf.norm(tf.cast(grad[0], tf.float64), axis=1)
    return np.array(norms.numpy(), dtype=np.float64)
