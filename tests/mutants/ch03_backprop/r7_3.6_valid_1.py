# target: ch03_gradient_norms
# kind: alternative
# why: valid: kernels found with isinstance over model.layers, model called in inference mode, loss and gradients inside one non-persistent tape, norm as sqrt(sum(g^2)) in NumPy float64 then float()
def is_dense(layer):
    return isinstance(layer, keras.layers.Dense)


def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense_kernels = [layer.kernel for layer in model.layers if is_dense(layer)]
    with tf.GradientTape() as tape:
        outputs = model(x, training=False)
        value = loss_fn(y, outputs)
    gradients = tape.gradient(value, dense_kernels)
    norms = []
    for grad in gradients:
        arr = np.asarray(grad, dtype=np.float64)
        norms.append(float(np.sqrt(np.sum(arr * arr))))
    return norms
