# target: ch03_backprop
# kind: alternative
# why: valid: loss as mean(LSE(z) - sum(y z)) with a per-row max, returned as a NumPy float64; G_Z2 written for general target rows, (P * sum(Y) - Y) / B, which equals (P - Y) / B for one-hot Y; einsum for the products; dict built in another key order
def log_sum_exp_rows(Z):
    top = np.max(Z, axis=1, keepdims=True)
    return (top + np.log(np.sum(np.exp(Z - top), axis=1, keepdims=True)))[:, 0]


def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y, W1, b1, W2, b2 = (np.asarray(a, dtype=np.float64) for a in (X, Y, W1, b1, W2, b2))
    batch = X.shape[0]
    H = np.tanh(np.einsum("bi,ih->bh", X, W1) + b1)
    Z2 = np.einsum("bh,hk->bk", H, W2) + b2
    lse = log_sum_exp_rows(Z2)
    row_mass = Y.sum(axis=1)
    loss = np.mean(row_mass * lse - np.einsum("bk,bk->b", Y, Z2))
    P = np.exp(Z2 - lse[:, None])
    G_Z2 = (P * row_mass[:, None] - Y) / batch
    G_Z1 = np.einsum("bk,hk->bh", G_Z2, W2) * (1.0 - H ** 2)
    grads = {
        "b1": np.einsum("bh->h", G_Z1),
        "W1": np.einsum("bi,bh->ih", X, G_Z1),
        "b2": np.einsum("bk->k", G_Z2),
        "W2": np.einsum("bh,bk->hk", H, G_Z2),
    }
    return loss, grads
