# target: ch01_cycles
# kind: mutant
# why: stores the weight array itself, updated in place, so every stored state looks like the current one
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w = np.zeros(X.shape[1] + 1)
    history = []
    for epoch in range(1, max_epochs + 1):
        updated = False
        for x_i, y_i in zip(X, y):
            if y_i * (x_i @ w[:-1] + w[-1]) <= 0:
                w[:-1] += y_i * x_i
                w[-1] += y_i
                updated = True
        if not updated:
            return False, epoch
        if any(np.array_equal(w, old) for old in history):
            return True, epoch
        history.append(w)
    return False, None
