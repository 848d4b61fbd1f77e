# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1b: off-by-one, range(1, max_epochs) runs only max_epochs - 1 epochs (max_epochs=1 runs none)
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    """Rosenblatt's perceptron rule from zero weights."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    n_updates = 0
    converged = False
    for epoch in range(1, max_epochs):
        changed = False
        for i in range(len(X)):
            if y[i] * (w @ X[i] + b) <= 0:
                w = w + learning_rate * y[i] * X[i]
                b = b + learning_rate * y[i]
                n_updates += 1
                changed = True
        if not changed:
            converged = True
            break
    return w, float(b), n_updates, converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    X_aug = np.column_stack([X, np.ones(len(X))])
    w_aug = np.concatenate([np.asarray(w, dtype=float), [b]])
    R = max(np.linalg.norm(x) for x in X_aug)
    gamma = min(np.asarray(y) * (X_aug @ w_aug)) / np.linalg.norm(w_aug)
    return float((R / gamma) ** 2)
