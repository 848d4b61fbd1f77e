# target: ch03_gradient_norms
# kind: alternative
# why: gradients of all variables, kernels picked by identity, NumPy norms
def kernel_gradient_norms(model, loss_fn, x, y):
    with tf.GradientTape() as tape:
        loss = loss_fn(y, model(x))
    variables = model.trainable_variables
    grads = dict(zip([id(v) for v in variables], tape.gradient(loss, variables)))
    result = []
    for layer in model.layers:
        if isinstance(layer, keras.layers.Dense):
            result.append(float(np.linalg.norm(grads[id(layer.kernel)].numpy())))
    return result
