# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6a: the entries are NumPy float32 scalars from np.linalg.norm(g.numpy()), not Python floats
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense_layers = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, [layer.kernel for layer in dense_layers])
    return [np.linalg.norm(g.numpy()) for g in grads]
