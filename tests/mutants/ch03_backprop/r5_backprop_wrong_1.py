# target: ch03_backprop
# kind: mutant
# why: breaks 3.2e: never converts to float64, so float32 inputs are computed in float32 and the loss misses the float64 reference by ~1e-7 relative (limit 1e-9)
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    B = X.shape[0]
    Z1 = X @ W1 + b1
    H = np.tanh(Z1)
    Z2 = H @ W2 + b2
    shifted = Z2 - Z2.max(axis=1, keepdims=True)
    log_P = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    P = np.exp(log_P)
    loss = -np.sum(Y * log_P) / B
    G_Z2 = (P - Y) / B
    G_W2 = H.T @ G_Z2
    G_b2 = G_Z2.sum(axis=0)
    G_H = G_Z2 @ W2.T
    G_Z1 = G_H * (1 - H * H)
    G_W1 = X.T @ G_Z1
    G_b1 = G_Z1.sum(axis=0)
    return loss, {"W1": G_W1, "b1": G_b1, "W2": G_W2, "b2": G_b2}
