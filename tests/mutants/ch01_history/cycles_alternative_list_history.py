# target: ch01_cycles
# kind: alternative
# why: keeps a list of copied end-of-epoch states and compares arrays
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    w, b = np.zeros(X.shape[1]), 0.0
    history = []
    for epoch in range(1, max_epochs + 1):
        changed = False
        for i in range(len(X)):
            if y[i] * (np.dot(w, X[i]) + b) <= 0:
                w += y[i] * X[i]
                b += y[i]
                changed = True
        if not changed:
            return (False, epoch)
        state = np.append(w, b)
        if any(np.array_equal(state, old) for old in history):
            return (True, epoch)
        history.append(state.copy())
    return (False, None)
