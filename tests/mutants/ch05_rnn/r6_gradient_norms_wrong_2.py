# target: ch05_gradient_norms
# kind: mutant
# why: breaks 5.3b: differentiates the mean of the outputs, not their sum; identical for a (1, 1) output such as the chapter's models, scaled by 1/size for any larger output
def input_gradient_norms(model, x):
    xt = tf.constant(np.asarray(x, dtype=np.float32))
    with tf.GradientTape() as tape:
        tape.watch(xt)
        total = tf.reduce_mean(model(xt))
    grad = tape.gradient(total, xt).numpy()[0].astype(np.float64)
    return np.sqrt(np.sum(grad**2, axis=-1))
