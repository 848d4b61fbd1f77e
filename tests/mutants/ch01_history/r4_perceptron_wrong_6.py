# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1d: R is the norm of the augmented inputs, but gamma divides by ||w|| only, not ||(w, b)||
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
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
            if yi * (w @ xi + b) <= 0:
                w += learning_rate * yi * xi
                b += learning_rate * yi
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, float(b), n_updates, converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    R = np.max(np.linalg.norm(np.hstack([X, np.ones((len(X), 1))]), axis=1))
    margins = np.asarray(y) * (X @ w + b)
    gamma = margins.min() / np.linalg.norm(w)
    return float((R / gamma) ** 2)
