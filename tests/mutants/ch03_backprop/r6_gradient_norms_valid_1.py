# target: ch03_gradient_norms
# kind: alternative
# why: valid: Dense layers found with isinstance, kernels passed to tape.gradient as a dict keyed by position, norms accumulated in float64 with NumPy (slightly more accurate than a float32 norm) and converted with float()
def frobenius(g):
    values = np.asarray(g, dtype=np.float64)
    return float(np.sqrt(np.sum(values * values)))


def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense_layers = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    kernels = {i: layer.kernel for i, layer in enumerate(dense_layers)}
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, kernels)
    return [frobenius(grads[i]) for i in range(len(dense_layers))]
