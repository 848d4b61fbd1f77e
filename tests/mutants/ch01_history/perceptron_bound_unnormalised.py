# target: ch01_perceptron
# kind: mutant
# why: forgets to divide the margin by the norm of (w, b), so the bound depends on the scale of w
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X = np.asarray(X, dtype=np.float64)
    w, b, n = np.zeros(X.shape[1]), 0.0, 0
    for _ in range(max_epochs):
        updated = False
        for x_i, y_i in zip(X, y):
            if y_i * (x_i @ w + b) <= 0:
                w, b, n, updated = w + learning_rate * y_i * x_i, b + learning_rate * y_i, n + 1, True
        if not updated:
            return w, float(b), n, True
    return w, float(b), n, False


def mistake_bound(X, y, w, b):
    X_aug = np.hstack([np.asarray(X, dtype=np.float64), np.ones((len(X), 1))])
    w_aug = np.append(np.asarray(w, dtype=np.float64), b)
    gamma = (np.asarray(y) * (X_aug @ w_aug)).min()
    return float((np.linalg.norm(X_aug, axis=1).max() / gamma) ** 2)
