# target: ch03_backprop
# kind: mutant
# why: breaks 3.2a: the gradients come from tf.GradientTape inside a helper function, which the visible check (it inspects two_layer_forward_backward itself) may not see; loss and gradients are otherwise exact
def network_gradients(X, Y, params):
    variables = {name: tf.Variable(value) for name, value in params.items()}
    with tf.GradientTape() as tape:
        hidden = tf.tanh(tf.constant(X) @ variables["W1"] + variables["b1"])
        logits = hidden @ variables["W2"] + variables["b2"]
        shifted = logits - tf.reduce_max(logits, axis=1, keepdims=True)
        log_p = shifted - tf.math.log(tf.reduce_sum(tf.exp(shifted), axis=1, keepdims=True))
        loss = -tf.reduce_sum(tf.constant(Y) * log_p) / X.shape[0]
    grads = tape.gradient(loss, variables)
    return float(loss.numpy()), {name: g.numpy() for name, g in grads.items()}


def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    params = {"W1": W1, "b1": b1, "W2": W2, "b2": b2}
    params = {name: np.asarray(value, dtype=np.float64) for name, value in params.items()}
    return network_gradients(X, Y, params)
