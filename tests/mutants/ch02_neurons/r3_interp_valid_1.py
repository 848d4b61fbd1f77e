# target: ch02_relu_interpolant
# kind: alternative
# why: vectorised np.diff construction with slope-1 hinges; validation on float64 copies via np.asarray, np.isfinite and np.diff
def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    x = np.array(xs, dtype=np.float64)  # copies, so the caller's arrays stay untouched
    y = np.array(ys, dtype=np.float64)
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError("xs and ys must be one-dimensional")
    if x.shape != y.shape:
        raise ValueError("xs and ys must have the same length")
    if x.size < 2:
        raise ValueError("need at least two knots")
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise ValueError("knots and values must be finite")
    if not np.all(np.diff(x) > 0):
        raise ValueError("xs must be strictly increasing")

    slopes = np.diff(y) / np.diff(x)                 # s_0 .. s_{n-2}
    c = np.diff(slopes, prepend=0.0)                 # c_0 = s_0, c_i = s_i - s_{i-1}
    m = x.size - 1
    W1 = np.ones((1, m), dtype=np.float64)
    b1 = -x[:-1].copy()
    W2 = c.reshape(m, 1)
    b2 = np.array([y[0]], dtype=np.float64)
    return W1, b1, W2, b2
