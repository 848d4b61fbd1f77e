# target: ch02_relu_interpolant
# kind: mutant
# why: breaks 2.5d: hinges open to the left, ReLU(x_{i+1} - x), anchored at y_{n-1}; exact on [x_0, x_{n-1}] but flat right of the last knot and continuing the first segment left of x_0
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
    if np.any(np.diff(x) <= 0):
        raise ValueError("xs must be strictly increasing")
    s = np.diff(y) / np.diff(x)
    # build from the right end: f(x) = y_{n-1} + sum_i d_i ReLU(x_{i+1} - x)
    d = np.append(s[1:], 0.0) - s
    m = len(x) - 1
    W1 = -np.ones((1, m))
    b1 = x[1:].copy()
    W2 = d.reshape(m, 1)
    b2 = np.array([y[-1]])
    return W1, b1, W2, b2
