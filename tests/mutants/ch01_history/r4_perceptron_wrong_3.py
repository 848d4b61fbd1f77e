# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1a: the bias is updated by y_i, not eta * y_i (learning rate forgotten for b), wrong whenever learning_rate != 1
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
                b += yi
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, float(b), n_updates, converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    w_aug = np.append(w, b)
    R = np.max(np.sqrt(np.sum(X_aug ** 2, axis=1)))
    gamma = np.min(y * (X_aug @ w_aug)) / np.sqrt(np.sum(w_aug ** 2))
    return float((R / gamma) ** 2)
