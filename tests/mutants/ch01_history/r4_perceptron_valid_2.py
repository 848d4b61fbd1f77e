# target: ch01_perceptron
# kind: alternative
# why: valid: while loop with an explicit epoch counter and a helper for one epoch, Python float for b, copies w at the end; bound via vectorised norms
def one_epoch(X, y, w, b, eta):
    updates = 0
    for i in range(X.shape[0]):
        activation = float(np.dot(w, X[i])) + b
        if y[i] * activation <= 0:
            w += eta * y[i] * X[i]
            b += eta * float(y[i])
            updates += 1
    return w, b, updates


def perceptron_train(X, y, max_epochs=100, learning_rate=1.0):
    """Rosenblatt's perceptron rule from zero weights."""
    X = np.array(X, dtype=np.float64)
    y = np.array(y)
    w = np.zeros(X.shape[1], dtype=np.float64)
    b = 0.0
    total = 0
    epochs = 0
    converged = False
    while epochs < max_epochs:
        w, b, updates = one_epoch(X, y, w, b, learning_rate)
        epochs += 1
        total += updates
        if updates == 0:
            converged = True
            break
    print(f"epochs={epochs} updates={total} converged={converged}")
    return w, float(b), int(total), converged


def mistake_bound(X, y, w, b):
    """Novikoff's bound (R / gamma)**2 for the separator (w, b), with the bias absorbed."""
    X = np.asarray(X, dtype=np.float64)
    R2 = np.max(np.sum(X ** 2, axis=1) + 1.0)          # ||(x, 1)||^2
    norm2 = float(np.dot(w, w)) + float(b) ** 2        # ||(w, b)||^2
    margin = np.min(np.asarray(y) * (X @ np.asarray(w, dtype=np.float64) + b))
    return float(R2 * norm2 / margin ** 2)
