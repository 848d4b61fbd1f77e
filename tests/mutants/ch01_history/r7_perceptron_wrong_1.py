# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1a: the bias update must be b += eta * y_i - here b += y_i ignores learning_rate (identical to the spec at the default eta = 1)
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    w = np.zeros(d, dtype=np.float64)
    b = 0.0
    n_updates = 0
    converged = False
    for epoch in range(max_epochs):
        updates = 0
        for i in range(n):
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + learning_rate * y[i] * X[i]
                b = b + float(y[i])
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, float(b), int(n_updates), bool(converged)


def mistake_bound(X, y, w, b):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    Xa = np.hstack([X, np.ones((X.shape[0], 1))])
    wa = np.append(np.asarray(w, dtype=np.float64), float(b))
    R = np.max(np.linalg.norm(Xa, axis=1))
    gamma = np.min(y * (Xa @ wa)) / np.linalg.norm(wa)
    return float((R / gamma) ** 2)
