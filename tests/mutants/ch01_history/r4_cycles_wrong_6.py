# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b: stores w itself (no copy) and updates it in place, so every stored weight vector aliases the current one and only b is really compared
def perceptron_cycles(X, y, max_epochs=100):
    """Detect whether the perceptron rule cycles on (X, y)."""
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    states = []
    for epoch in range(1, max_epochs + 1):
        updates = 0
        for xi, yi in zip(X, y):
            if yi * (w @ xi + b) <= 0:
                w += yi * xi
                b += yi
                updates += 1
        if updates == 0:
            return (False, epoch)
        for old_w, old_b in states:
            if np.array_equal(old_w, w) and old_b == b:
                return (True, epoch)
        states.append((w, b))
    return (False, None)
