# target: ch01_cycles
# kind: mutant
# why: compares states after every update instead of at the end of each epoch
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    seen = set()
    for epoch in range(1, max_epochs + 1):
        updated = False
        for x_i, y_i in zip(X, y):
            if y_i * (x_i @ w + b) <= 0:
                w, b, updated = w + y_i * x_i, b + y_i, True
                state = (*w.tolist(), b)
                if state in seen:
                    return True, epoch
                seen.add(state)
        if not updated:
            return False, epoch
    return False, None
