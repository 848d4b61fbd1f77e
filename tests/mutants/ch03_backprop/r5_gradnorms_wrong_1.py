# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: takes every other trainable variable (trainable_variables[::2]) as 'the kernels', which is wrong as soon as a Dense layer has use_bias=False or another layer (e.g. BatchNormalization) has variables
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, model.trainable_variables)
    kernel_grads = grads[::2]          # kernel, bias, kernel, bias, ...
    return [float(tf.norm(g)) for g in kernel_grads]
