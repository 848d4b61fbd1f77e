# target: ch01_perceptron
# kind: alternative
# why: valid: same rule written as a while loop with NumPy scalar results (np.float64 b, np.int64 n_updates, np.bool_ converged), in-place float64 updates, debug print; bound via augmented matrix and explicit sqrt formulas
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y).astype(np.float64)
    n, d = X.shape
    w = np.zeros(d)
    b = np.float64(0.0)
    n_updates = np.int64(0)
    converged = np.False_
    epoch = 0
    while epoch < max_epochs and not converged:
        epoch += 1
        changed = 0
        for i in range(n):
            if y[i] * (np.dot(X[i], w) + b) <= 0:
                w += learning_rate * y[i] * X[i]
                b += learning_rate * y[i]
                changed += 1
        n_updates += changed
        converged = np.bool_(changed == 0)
    print(f"perceptron: {epoch} epochs, {n_updates} updates, converged={converged}")
    return w, b, n_updates, converged


def augment(X):
    X = np.asarray(X, dtype=np.float64)
    return np.concatenate([X, np.ones((X.shape[0], 1))], axis=1)


def mistake_bound(X, y, w, b):
    Xa = augment(X)
    wa = np.concatenate([np.ravel(np.asarray(w, dtype=np.float64)), [float(b)]])
    R2 = np.max(np.einsum("ij,ij->i", Xa, Xa))
    margins = np.asarray(y, dtype=np.float64) * (Xa @ wa)
    gamma2 = np.min(margins) ** 2 / np.dot(wa, wa)
    return R2 / gamma2          # np.float64, a float subclass
