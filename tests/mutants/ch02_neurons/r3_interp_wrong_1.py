# target: ch02_relu_interpolant
# kind: mutant
# why: breaks 2.5a: "+ 0.0" to make the knots float keeps float32/float16 inputs in their own dtype, so the weights are not float64 for such inputs (ints and lists are fine)
def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    x = np.asarray(xs) + 0.0   # make sure we work with floats
    y = np.asarray(ys) + 0.0
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError("xs and ys must be one-dimensional")
    if len(x) != len(y):
        raise ValueError("xs and ys must have the same length")
    if len(x) < 2:
        raise ValueError("need at least two knots")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError("values must be finite")
    if np.any(np.diff(x) <= 0):
        raise ValueError("xs must be strictly increasing")
    s = np.diff(y) / np.diff(x)
    c = np.concatenate([s[:1], np.diff(s)])
    W1 = np.ones_like(x[:-1]).reshape(1, -1)
    b1 = -x[:-1]
    W2 = c.reshape(-1, 1)
    b2 = y[:1].copy()
    return W1, b1, W2, b2
