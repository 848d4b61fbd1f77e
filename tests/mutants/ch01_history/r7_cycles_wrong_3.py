# target: ch01_cycles
# kind: mutant
# why: breaks 4.2c: it must look at all max_epochs epochs - the loop runs only max_epochs - 1 epochs, so a cycle or convergence in exactly epoch max_epochs is reported as (False, None)
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    seen = []
    for epoch in range(1, max_epochs):
        updates = 0
        for i in range(n):
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + y[i] * X[i]
                b = b + y[i]
                updates += 1
        if updates == 0:
            return (False, epoch)
        state = (tuple(w.tolist()), float(b))
        if state in seen:
            return (True, epoch)
        seen.append(state)
    return (False, None)
