# target: ch03_backprop
# kind: alternative
# why: valid: einsum-based backward pass, loss returned as np.float64 (allowed), tanh' as 1/cosh^2 via the stable 4u/(1+u)^2 form, log-softmax via shifted logits, grads dict built with dict(zip), debug print
def stable_log_softmax(z):
    shifted = z - np.max(z, axis=-1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=-1, keepdims=True))


def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X, Y = np.array(X, dtype=np.float64), np.array(Y, dtype=np.float64)
    W1, b1 = np.array(W1, dtype=np.float64), np.array(b1, dtype=np.float64)
    W2, b2 = np.array(W2, dtype=np.float64), np.array(b2, dtype=np.float64)
    batch = len(X)
    Z1 = np.einsum("bi,ih->bh", X, W1) + b1
    H = np.tanh(Z1)
    Z2 = np.einsum("bh,hk->bk", H, W2) + b2
    log_P = stable_log_softmax(Z2)
    loss = -np.einsum("bk,bk->", Y, log_P) / batch
    dZ2 = (np.exp(log_P) - Y) / batch
    u = np.exp(-2.0 * np.abs(Z1))
    dZ1 = np.einsum("bk,hk->bh", dZ2, W2) * (4.0 * u / (1.0 + u) ** 2)
    grads = dict(zip(("W1", "b1", "W2", "b2"),
                     (np.einsum("bi,bh->ih", X, dZ1), dZ1.sum(axis=0), np.einsum("bh,bk->hk", H, dZ2), dZ2.sum(axis=0))))
    print("two_layer_forward_backward: loss", loss)
    return np.float64(loss), grads
