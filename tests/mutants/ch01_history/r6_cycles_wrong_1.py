# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b: the zero starting state is recorded as if it were an epoch's end state, so a return to zeros is reported one epoch early (XOR gives (True, 1) instead of (True, 2))
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    seen = {(tuple(w), b)}
    for epoch in range(1, max_epochs + 1):
        updates = 0
        for xi, yi in zip(X, y):
            if yi * (w @ xi + b) <= 0:
                w = w + yi * xi
                b = b + yi
                updates += 1
        if updates == 0:
            return False, epoch
        state = (tuple(w), b)
        if state in seen:
            return True, epoch
        seen.add(state)
    return False, None
