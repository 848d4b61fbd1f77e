# target: ch01_perceptron
# kind: mutant
# why: breaks 4.1d: R must be max ||(x_i, 1)|| = sqrt(||x_i||^2 + 1); it uses max ||x_i|| + 1, which is larger, so the bound is too big (the visible "n_updates <= bound" check still passes)
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
                b = b + learning_rate * y[i]
                updates += 1
        n_updates += updates
        if updates == 0:
            converged = True
            break
    return w, float(b), int(n_updates), bool(converged)


def mistake_bound(X, y, w, b):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.asarray(w, dtype=np.float64)
    R = np.max(np.linalg.norm(X, axis=1)) + 1.0
    gamma = np.min(y * (X @ w + b)) / np.sqrt(w @ w + b * b)
    return float((R / gamma) ** 2)
