# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b: "The zeros it starts from are not the end state of an epoch" - the zero start is put in the list of end states, so XOR (whose epoch 1 ends back at zero) is reported as (True, 1) instead of (True, 2)
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    seen = [(tuple(w.tolist()), b)]
    for epoch in range(1, max_epochs + 1):
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
