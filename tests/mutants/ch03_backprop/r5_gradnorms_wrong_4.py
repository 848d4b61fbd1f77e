# target: ch03_gradient_norms
# kind: mutant
# why: breaks 3.6c: calls loss_fn(model(x), y) with the arguments swapped; symmetric MSE hides it, but for cross-entropy it is the gradient of a different loss
def kernel_gradient_norms(model, loss_fn, x, y):
    """Norm of d loss / d kernel for each Dense layer, first layer first."""
    dense_layers = [layer for layer in model.layers if isinstance(layer, keras.layers.Dense)]
    with tf.GradientTape() as tape:
        predictions = model(x)
        loss = loss_fn(predictions, y)
    grads = tape.gradient(loss, [layer.kernel for layer in dense_layers])
    return [float(tf.norm(g)) for g in grads]
