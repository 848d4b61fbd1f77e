# target: ch01_cycles
# kind: alternative
# why: valid: same rule, end states stored in a dict keyed by raw bytes of the augmented vector (w, b), NumPy bool / NumPy int64 in the result, integer inputs kept exact, debug print
def end_state_key(w, b):
    return np.append(w, b).tobytes()


def perceptron_cycles(X, y, max_epochs=100):
    X = np.asarray(X)
    y = np.asarray(y)
    n, d = X.shape
    w = np.zeros(d, dtype=np.float64)
    b = np.float64(0.0)
    first_seen = {}
    for epoch in np.arange(1, max_epochs + 1):
        made_update = False
        for xi, yi in zip(X, y):
            if yi * (xi @ w + b) <= 0:
                w = w + yi * xi
                b = b + yi
                made_update = True
        if not made_update:
            return (np.False_, epoch)
        key = end_state_key(w, b)
        if key in first_seen:
            print(f"epoch {epoch} repeats the end state of epoch {first_seen[key]}")
            return (np.True_, epoch)
        first_seen[key] = epoch
    return (np.False_, None)
