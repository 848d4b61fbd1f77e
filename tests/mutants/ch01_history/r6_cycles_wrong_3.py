# target: ch01_cycles
# kind: mutant
# why: breaks 4.2c: runs only max_epochs - 1 epochs, so a cycle or convergence in epoch max_epochs is missed and (False, None) is returned
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    seen = set()
    for epoch in range(1, max_epochs):
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
