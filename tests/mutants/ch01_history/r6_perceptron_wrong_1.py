# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1a: the bias moves by y_i instead of eta * y_i, so any learning_rate other than 1 follows a different path
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    n_updates = 0
    converged = False
    for _ in range(max_epochs):
        changed = 0
        for xi, yi in zip(X, y):
            if yi * (w @ xi + b) <= 0:
                w = w + learning_rate * yi * xi
                b = b + yi
                changed += 1
        n_updates += changed
        if changed == 0:
            converged = True
            break
    return w, float(b), int(n_updates), bool(converged)


def mistake_bound(X, y, w, b):
    X = np.asarray(X, dtype=np.float64)
    Xa = np.hstack([X, np.ones((len(X), 1))])
    wa = np.append(np.asarray(w, dtype=np.float64), b)
    R = np.max(np.linalg.norm(Xa, axis=1))
    gamma = np.min(np.asarray(y) * (Xa @ wa)) / np.linalg.norm(wa)
    return float((R / gamma) ** 2)
