# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: takes every other trainable variable (kernel, bias, kernel, bias, ...), right for Dense layers that all have biases but wrong once a Dense layer has use_bias=False or another layer holds weights
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = model.trainable_variables[::2]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
