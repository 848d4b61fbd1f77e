# target: ch03_backprop
# kind: mutant
# why: breaks 3.2d: accumulates one example at a time, but log(max(p, 1e-300)) caps each loss near 691 when the true class sits far below the largest logit
def two_layer_forward_backward(X, Y, W1, b1, W2, b2):
    X = np.asarray(X, dtype=np.float64); Y = np.asarray(Y, dtype=np.float64)
    W1 = np.asarray(W1, dtype=np.float64); b1 = np.asarray(b1, dtype=np.float64)
    W2 = np.asarray(W2, dtype=np.float64); b2 = np.asarray(b2, dtype=np.float64)
    n = len(X)
    grads = {"W1": np.zeros_like(W1), "b1": np.zeros_like(b1), "W2": np.zeros_like(W2), "b2": np.zeros_like(b2)}
    total = 0.0
    for x, y in zip(X, Y):
        h = np.tanh(x @ W1 + b1)
        z = h @ W2 + b2
        p = np.exp(z - z.max())
        p /= p.sum()
        total += -np.sum(y * np.log(np.maximum(p, 1e-300)))
        dz = p - y
        grads["W2"] += np.outer(h, dz) / n
        grads["b2"] += dz / n
        dh = (W2 @ dz) * (1 - h ** 2)
        grads["W1"] += np.outer(x, dh) / n
        grads["b1"] += dh / n
    return total / n, grads
