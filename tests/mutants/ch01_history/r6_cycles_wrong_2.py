# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b: compares the end state only with the previous epoch's end state, not with every earlier one, so cycles longer than one epoch are missed
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    w = np.zeros(X.shape[1])
    b = 0.0
    previous = None
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
        if state == previous:
            return True, epoch
        previous = state
    return False, None
