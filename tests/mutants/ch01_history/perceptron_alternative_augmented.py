# target: ch01_perceptron
# kind: alternative
# why: keeps one augmented weight vector (w, b) and an explicit epoch counter
def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    X_aug = np.hstack([np.asarray(X, dtype=np.float64), np.ones((len(X), 1))])
    w_aug = np.zeros(X_aug.shape[1])
    n_updates = 0
    epoch = 0
    while epoch < max_epochs:
        epoch += 1
        mistakes = 0
        for i in range(len(X_aug)):
            if y[i] * np.dot(w_aug, X_aug[i]) <= 0:
                w_aug += learning_rate * y[i] * X_aug[i]
                mistakes += 1
        n_updates += mistakes
        if mistakes == 0:
            return w_aug[:-1].copy(), float(w_aug[-1]), int(n_updates), True
    return w_aug[:-1].copy(), float(w_aug[-1]), int(n_updates), False


def mistake_bound(X, y, w, b):
    R = max(np.sqrt(np.sum(np.asarray(x, dtype=float) ** 2) + 1.0) for x in X)
    norm = np.sqrt(np.sum(np.asarray(w, dtype=float) ** 2) + b * b)
    gamma = min(float(y_i) * (float(np.dot(w, x_i)) + b) for x_i, y_i in zip(X, y)) / norm
    return float(R * R / (gamma * gamma))
