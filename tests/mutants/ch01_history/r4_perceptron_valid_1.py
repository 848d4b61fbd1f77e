# target: ch01_perceptron
# kind: alternative
# why: valid: augmented vector (w, b) updated together, misclassification tested as np.sign(.) != y (same as y*(.) <= 0), NumPy scalar returns (np.float64, np.int64, np.bool_)
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    """Rosenblatt's perceptron rule from zero weights."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n, d = X.shape
    X_aug = np.hstack([X, np.ones((n, 1))])
    w_aug = np.zeros(d + 1)
    n_updates = np.int64(0)
    converged = np.bool_(False)
    print("training on", X.shape, "for at most", max_epochs, "epochs")
    for epoch in range(1, max_epochs + 1):
        before = n_updates
        for i in range(n):
            if np.sign(X_aug[i, :d] @ w_aug[:d] + w_aug[d]) != y[i]:
                w_aug = w_aug + learning_rate * y[i] * X_aug[i]
                n_updates += 1
        if n_updates == before:
            converged = np.bool_(True)
            break
    w = w_aug[:d].copy()
    b = w_aug[d]
    return w, b, n_updates, converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    w_aug = np.append(np.asarray(w, dtype=np.float64), b)
    unit = w_aug / np.linalg.norm(w_aug)
    R_sq = 0.0
    gamma = np.inf
    for xi, yi in zip(X, y):
        x_aug = np.append(xi, 1.0)
        R_sq = max(R_sq, float(x_aug @ x_aug))
        gamma = min(gamma, float(yi * (x_aug @ unit)))
    return R_sq / gamma ** 2
