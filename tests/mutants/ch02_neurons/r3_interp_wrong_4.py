# target: ch02_relu_interpolant
# kind: mutant
# why: breaks 2.5e: the order check only rejects decreasing steps (diff < 0), so repeated knots like [0, 1, 1, 2] slip through with no ValueError (inf/nan weights instead)
def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    x = np.asarray(xs, dtype=np.float64)
    y = np.asarray(ys, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError("xs and ys must be one-dimensional")
    if len(x) != len(y):
        raise ValueError("xs and ys must have the same length")
    if len(x) < 2:
        raise ValueError("need at least two knots")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError("values must be finite")
    if np.any(np.diff(x) < 0):
        raise ValueError("xs must be increasing")
    s = np.diff(y) / np.diff(x)
    c = np.diff(s, prepend=0.0)
    W1 = np.ones((1, len(x) - 1))
    b1 = -x[:-1]
    W2 = c.reshape(-1, 1)
    b2 = y[:1].copy()
    return W1, b1, W2, b2
