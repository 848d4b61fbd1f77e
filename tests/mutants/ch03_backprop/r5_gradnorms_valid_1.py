# target: ch03_gradient_norms
# kind: alternative
# why: valid: collects the kernels in a loop over model.layers, Frobenius norm written as sqrt(sum of squares), debug prints of the layer types and the loss
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    kernels = []
    for layer in model.layers:
        print(type(layer).__name__)
        if isinstance(layer, keras.layers.Dense):
            kernels.append(layer.kernel)
    with tf.GradientTape() as tape:
        output = model(x)
        loss_value = loss_fn(y, output)
    print("loss:", float(loss_value))
    gradients = tape.gradient(loss_value, kernels)
    norms = []
    for grad in gradients:
        norms.append(float(tf.sqrt(tf.reduce_sum(tf.square(grad)))))
    return norms
