# target: ch03_backprop
# kind: mutant
# why: breaks 3.2d: plain softmax exp(Z2)/sum(exp(Z2)) and log(P) without subtracting the row maximum; with logits of several hundred (e.g. -900..600) probabilities underflow to 0 and the loss is nan
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y = np.asarray(X, dtype=np.float64), np.asarray(Y, dtype=np.float64)
    W1, b1 = np.asarray(W1, dtype=np.float64), np.asarray(b1, dtype=np.float64)
    W2, b2 = np.asarray(W2, dtype=np.float64), np.asarray(b2, dtype=np.float64)
    B = X.shape[0]
    Z1 = X @ W1 + b1
    H = np.tanh(Z1)
    Z2 = H @ W2 + b2
    E = np.exp(Z2)
    P = E / E.sum(axis=1, keepdims=True)
    loss = -np.mean(np.sum(Y * np.log(P), axis=1))
    G_Z2 = (P - Y) / B
    G_W2 = H.T @ G_Z2
    G_b2 = G_Z2.sum(axis=0)
    G_H = G_Z2 @ W2.T
    G_Z1 = G_H * (1 - H * H)
    G_W1 = X.T @ G_Z1
    G_b1 = G_Z1.sum(axis=0)
    return loss, {"W1": G_W1, "b1": G_b1, "W2": G_W2, "b2": G_b2}
