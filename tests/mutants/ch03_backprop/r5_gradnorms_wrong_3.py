# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: recognises Dense layers by name (layer.name.startswith('dense')), so Dense layers given other names are skipped and non-Dense layers named dense... are included
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense_layers = [layer for layer in model.layers if layer.name.startswith("dense")]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, [layer.kernel for layer in dense_layers])
    return [float(tf.norm(g)) for g in grads]
