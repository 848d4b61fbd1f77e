# target: ch03_backprop
# kind: mutant
# why: breaks 3.2e: inputs are not converted to float64, so float32 inputs are computed in float32 (loss off by ~5e-9 relative, beyond the rtol 1e-9 of the loss check); float64 inputs are exact
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y, W1, b1, W2, b2 = (np.asarray(a) for a in (X, Y, W1, b1, W2, b2))
    B = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    Z2 = H @ W2 + b2
    S = Z2 - Z2.max(axis=1, keepdims=True)
    log_p = S - np.log(np.exp(S).sum(axis=1, keepdims=True))
    P = np.exp(log_p)
    loss = float(-np.sum(Y * log_p) / B)
    G_Z2 = (P - Y) / B
    G_H = G_Z2 @ W2.T
    G_Z1 = G_H * (1.0 - H * H)
    grads = {"W2": H.T @ G_Z2, "b2": G_Z2.sum(axis=0), "W1": X.T @ G_Z1, "b1": G_Z1.sum(axis=0)}
    return loss, grads
