# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: takes every trainable variable named "kernel", which also includes the kernels of non-Dense layers (Conv1D/Conv2D, EinsumDense, a custom layer such as MyDense) in the model
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = [v for v in model.trainable_variables if v.name.split("/")[-1].split(":")[0] == "kernel"]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
