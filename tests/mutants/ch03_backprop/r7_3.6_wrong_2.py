# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6c: calls loss_fn(model(x), y) with the arguments swapped; identical for the symmetric MSE of the visible check, but not the gradient of the loss for cross-entropies
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = [layer.kernel for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    with tf.GradientTape() as tape:
        loss = loss_fn(model(x), y)
    return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
