# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b/4.2c: epochs are numbered from 0 (returns the loop index), so every returned k is one too small
def perceptron_cycles(X, y, max_epochs=100):
    """Detect whether the perceptron rule cycles on (X, y)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    history = []
    for epoch in range(max_epochs):
        updates = 0
        for xi, yi in zip(X, y):
            if yi * (w @ xi + b) <= 0:
                w = w + yi * xi
                b = b + yi
                updates += 1
        if updates == 0:
            return (False, epoch)
        state = np.append(w, b)
        if any(np.array_equal(state, old) for old in history):
            return (True, epoch)
        history.append(state)
    return (False, None)
