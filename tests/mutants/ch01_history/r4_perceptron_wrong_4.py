# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1c: b is returned as a NumPy array of shape (1,) (kept as np.zeros(1)), not a float
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    """Rosenblatt's perceptron rule from zero weights."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = np.zeros(1)
    n_updates = 0
    converged = False
    for epoch in range(max_epochs):
        updates = 0
        for xi, yi in zip(X, y):
            if yi * (xi @ w + b[0]) <= 0:
                w += learning_rate * yi * xi
                b += learning_rate * yi
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, b, n_updates, converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w, b)
    R = np.linalg.norm(X_aug, axis=1).max()
    gamma = np.min(np.asarray(y) * (X_aug @ w_aug)) / np.linalg.norm(w_aug)
    return float((R / gamma) ** 2)
