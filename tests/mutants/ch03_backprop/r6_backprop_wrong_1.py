# target: ch03_backprop
# kind: mutant
# why: breaks 3.2e: works in whatever dtype it is given (np.asarray without dtype), so float32 inputs are computed in float32: the loss (returned as np.float32) is off by ~1e-7 relative, far outside a float64 comparison
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y, W1, b1, W2, b2 = (np.asarray(a) for a in (X, Y, W1, b1, W2, b2))
    B = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    Z2 = H @ W2 + b2
    shifted = Z2 - Z2.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    loss = -np.sum(Y * log_p) / B
    G_Z2 = (np.exp(log_p) - Y) / B
    G_H = G_Z2 @ W2.T
    G_Z1 = G_H * (1 - H * H)
    grads = {"W2": H.T @ G_Z2, "b2": G_Z2.sum(axis=0), "W1": X.T @ G_Z1, "b1": G_Z1.sum(axis=0)}
    return loss, grads
