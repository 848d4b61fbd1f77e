# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1c: converged is decided by checking after the loop that every point is strictly separated, so it is True when the last allowed epoch still made updates but ended on a separator
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    n_updates = 0
    for _ in range(max_epochs):
        changed = 0
        for xi, yi in zip(X, y):
            if yi * (w @ xi + b) <= 0:
                w = w + learning_rate * yi * xi
                b = b + learning_rate * yi
                changed += 1
        n_updates += changed
        if changed == 0:
            break
    converged = bool(np.all(y * (X @ w + b) > 0))
    return w, float(b), int(n_updates), converged


def mistake_bound(X, y, w, b):
    X = np.asarray(X, dtype=np.float64)
    Xa = np.hstack([X, np.ones((len(X), 1))])
    wa = np.append(np.asarray(w, dtype=np.float64), b)
    R = np.max(np.linalg.norm(Xa, axis=1))
    gamma = np.min(np.asarray(y) * (Xa @ wa)) / np.linalg.norm(wa)
    return float((R / gamma) ** 2)
