# target: ch01_cycles
# kind: alternative
# why: valid: augmented NumPy state vector (w, b) stored as copies in a list and compared with np.array_equal; while loop, epoch number from len(history)
def perceptron_cycles(X, y, max_epochs=100):
    """Detect whether the perceptron rule cycles on (X, y)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    X_aug = np.hstack([X, np.ones((X.shape[0], 1))])
    state = np.zeros(X_aug.shape[1])          # (w_1, ..., w_d, b)
    history = []                              # end state of epochs 1, 2, ...
    while len(history) < max_epochs:
        updates = 0
        for xi, yi in zip(X_aug, y):
            if yi * np.dot(state, xi) <= 0:
                state += yi * xi
                updates += 1
        epoch = len(history) + 1
        if updates == 0:
            return False, epoch
        if any(np.array_equal(state, old) for old in history):
            return True, epoch
        history.append(state.copy())
    return False, None
