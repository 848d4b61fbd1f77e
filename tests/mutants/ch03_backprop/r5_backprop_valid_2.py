# target: ch03_backprop
# kind: alternative
# why: valid: backward pass accumulated example by example in a loop with np.outer, stable softmax via row maxima, loss returned as a Python float
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    """Loss and gradients of softmax(tanh(X W1 + b1) W2 + b2) under mean cross-entropy."""
    X = np.asarray(X).astype(np.float64)
    Y = np.asarray(Y).astype(np.float64)
    W1 = np.asarray(W1).astype(np.float64)
    b1 = np.asarray(b1).astype(np.float64)
    W2 = np.asarray(W2).astype(np.float64)
    b2 = np.asarray(b2).astype(np.float64)
    B = len(X)

    grads = {"W1": np.zeros_like(W1), "b1": np.zeros_like(b1), "W2": np.zeros_like(W2), "b2": np.zeros_like(b2)}
    total = 0.0
    for i in range(B):
        x, y = X[i], Y[i]
        h = np.tanh(x @ W1 + b1)
        z = h @ W2 + b2
        m = z.max()
        e = np.exp(z - m)
        s = e.sum()
        total += np.sum(y * (np.log(s) - (z - m)))
        p = e / s
        dz = (p - y) / B
        grads["W2"] += np.outer(h, dz)
        grads["b2"] += dz
        dh = W2 @ dz
        dpre = dh * (1.0 - h * h)
        grads["W1"] += np.outer(x, dpre)
        grads["b1"] += dpre
    return float(total / B), grads
