# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6b: keeps every layer that has trainable weights and uses its first one, so non-Dense layers (BatchNormalization's gamma, Conv kernels, Embedding) get entries too
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = [layer.trainable_weights[0] for layer in model.layers if layer.trainable_weights]
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    grads = tape.gradient(loss, kernels)
    return [float(tf.norm(g)) for g in grads]
