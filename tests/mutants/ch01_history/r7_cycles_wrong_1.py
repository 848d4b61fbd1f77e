# target: ch01_cycles
# kind: mutant
# why: breaks 4.2b: a cycle is a repeat of ANY earlier epoch's end state - only the immediately preceding epoch is compared, so cycles of period > 1 are missed (XOR has period 1)
def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    previous = None
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
        if state == previous:
            return (True, epoch)
        previous = state
    return (False, None)
