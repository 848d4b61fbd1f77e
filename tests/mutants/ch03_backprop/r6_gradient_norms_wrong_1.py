# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: takes every other trainable variable (kernel, bias, kernel, bias, ...), right only when every layer is a Dense with a bias; a Dense(use_bias=False) (or a BatchNormalization layer) shifts the pairing and mixes in biases
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = model.trainable_variables[::2]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    return [float(tf.norm(g)) for g in tape.gradient(loss, kernels)]
