# target: ch03_backprop
# kind: mutant
# why: forgets to divide the output gradient by the batch size
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y, W1, b1, W2, b2 = (np.asarray(v, dtype=np.float64) for v in (X, Y, W1, b1, W2, b2))
    batch = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    Z2 = H @ W2 + b2
    Z2 = Z2 - Z2.max(axis=1, keepdims=True)
    log_p = Z2 - np.log(np.exp(Z2).sum(axis=1, keepdims=True))
    loss = float(-(Y * log_p).sum() / batch)
    G2 = np.exp(log_p) - Y
    G1 = (G2 @ W2.T) * (1.0 - H * H)
    grads = {"W1": X.T @ G1, "b1": G1.sum(axis=0), "W2": H.T @ G2, "b2": G2.sum(axis=0)}
    return loss, grads
