# target: ch01_perceptron
# kind: alternative
# why: valid: one augmented weight vector (w, b) updated with (x, 1); returns NumPy scalars (np.float64 b, np.int64 count, np.bool_ flag), which 4.1c allows; bound via squared norms
def augment(X):
    X = np.asarray(X, dtype=np.float64)
    return np.concatenate([X, np.ones((X.shape[0], 1))], axis=1)


def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    Xa = augment(X)
    y = np.asarray(y, dtype=np.float64)
    wa = np.zeros(Xa.shape[1])
    n_updates = np.int64(0)
    converged = np.False_
    epoch = 0
    while epoch < max_epochs and not converged:
        epoch += 1
        mistakes = 0
        for i in range(Xa.shape[0]):
            if y[i] * np.dot(wa[:-1], Xa[i, :-1]) + y[i] * wa[-1] <= 0:
                wa += learning_rate * y[i] * Xa[i]
                mistakes += 1
        n_updates += mistakes
        converged = np.bool_(mistakes == 0)
    return wa[:-1].copy(), np.float64(wa[-1]), n_updates, converged


def mistake_bound(X, y, w, b):
    Xa = augment(X)
    wa = np.concatenate([np.asarray(w, dtype=np.float64).ravel(), [float(b)]])
    R2 = np.max(np.einsum("ij,ij->i", Xa, Xa))
    margins = np.asarray(y, dtype=np.float64) * (Xa @ wa)
    gamma2 = np.min(margins) ** 2 / np.dot(wa, wa)
    return float(R2 / gamma2)
