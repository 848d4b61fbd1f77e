# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1d: divides by max(||(w, b)||, 1) to "avoid tiny norms", so scaling (w, b) to a norm below 1 changes the bound
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
                b = b + learning_rate * yi
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
    gamma = np.min(np.asarray(y) * (Xa @ wa)) / max(np.linalg.norm(wa), 1.0)
    return float((R / gamma) ** 2)
