# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: picks Dense layers by name ("dense" in layer.name), so a Dense layer with another name (e.g. name="output" or "hidden_1") is left out; all default names work
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = [layer.kernel for layer in model.layers if "dense" in layer.name]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
