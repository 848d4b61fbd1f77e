# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1b: default learning_rate is 0.1 instead of 1 (w and b come out 10x too small with the defaults)
def perceptron_train(X, y, max_epochs=100, learning_rate=0.1):
    """Rosenblatt's perceptron rule from zero weights."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    n_updates = 0
    converged = False
    for epoch in range(max_epochs):
        updates = 0
        for xi, yi in zip(X, y):
            if yi * (np.dot(w, xi) + b) <= 0:
                w += learning_rate * yi * xi
                b += learning_rate * yi
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, float(b), int(n_updates), converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w, b)
    R = np.linalg.norm(X_aug, axis=1).max()
    gamma = np.min(np.asarray(y) * (X_aug @ w_aug)) / np.linalg.norm(w_aug)
    return float((R / gamma) ** 2)
