# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b: rounds x to float32 in place (x[...] = x.astype(float32)) before building the tensor, so a float64 x is changed ("x itself is left unchanged")
def input_gradient_norms(model, x):
    x[...] = x.astype(np.float32)  # TensorFlow works in float32 anyway
    xt = tf.constant(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(xt)
        total = tf.reduce_sum(model(xt))
    grad = tape.gradient(total, xt).numpy()[0].astype(np.float64)
    return np.sqrt(np.sum(grad**2, axis=-1))
