# target: ch03_gradient_norms
# kind: mutant
# why: reports the mean absolute gradient instead of the norm
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = [layer.kernel for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x, training=True))
    grads = tape.gradient(loss, kernels)
    return [float(tf.reduce_mean(tf.abs(g))) for g in grads]
