# target: ch03_backprop
# kind: mutant
# why: breaks 3.2d: loss takes log of the (shifted, stable) softmax floored at 1e-300, so it caps near 691 when a true class sits ~1000 below its row maximum; gradients stay exact
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y, W1, b1, W2, b2 = (np.asarray(a, dtype=np.float64) for a in (X, Y, W1, b1, W2, b2))
    B = X.shape[0]
    H = np.tanh(X @ W1 + b1)
    Z2 = H @ W2 + b2
    S = Z2 - Z2.max(axis=1, keepdims=True)
    E = np.exp(S)
    P = E / E.sum(axis=1, keepdims=True)
    log_p = np.log(np.maximum(P, 1e-300))
    loss = float(-np.sum(Y * log_p) / B)
    G_Z2 = (P - Y) / B
    G_H = G_Z2 @ W2.T
    G_Z1 = G_H * (1.0 - H * H)
    grads = {"W2": H.T @ G_Z2, "b2": G_Z2.sum(axis=0), "W1": X.T @ G_Z1, "b1": G_Z1.sum(axis=0)}
    return loss, grads
