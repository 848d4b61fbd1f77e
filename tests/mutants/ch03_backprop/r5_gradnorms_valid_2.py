# target: ch03_gradient_norms
# kind: alternative
# why: valid: one gradient call for the Dense kernels, norm computed in NumPy float64 on the flattened gradient and converted with .item()
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    kernel_grads = tape.gradient(loss, [layer.kernel for layer in dense])
    result = []
    for g in kernel_grads:
        flat = np.asarray(g, dtype=np.float64).ravel()
        result.append(np.sqrt(np.dot(flat, flat)).item())
    return result
