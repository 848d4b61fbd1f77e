# target: ch02_relu_interpolant
# kind: mutant
# why: breaks 2.5b: slopes divide by the average spacing (xs[-1]-xs[0])/(n-1), so with unevenly spaced knots f misses the knots (evenly spaced ones like [0,1,2] still work)
def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    x = np.asarray(xs, dtype=np.float64)
    y = np.asarray(ys, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError("xs and ys must be one-dimensional")
    if x.shape[0] != y.shape[0]:
        raise ValueError("xs and ys must have the same length")
    if x.shape[0] < 2:
        raise ValueError("need at least two knots")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise ValueError("values must be finite")
    if np.any(np.diff(x) <= 0):
        raise ValueError("xs must be strictly increasing")
    n = x.shape[0]
    h = (x[-1] - x[0]) / (n - 1)      # knot spacing
    s = np.diff(y) / h
    c = np.diff(s, prepend=0.0)
    W1 = np.ones((1, n - 1))
    b1 = -x[:-1]
    W2 = c[:, None]
    b2 = np.array([y[0]])
    return W1, b1, W2, b2
