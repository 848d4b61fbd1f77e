# target: ch02_relu_interpolant
# kind: mutant
# why: breaks 2.5e: never checks that xs and ys are one-dimensional; 2-D input of shape (n, 1) returns misshapen weights instead of raising ValueError (and a 0-d array raises TypeError from len)
def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    xs = np.array(xs, dtype=np.float64)
    ys = np.array(ys, dtype=np.float64)
    if len(xs) < 2:
        raise ValueError(f"need at least two knots, got {len(xs)}")
    if len(xs) != len(ys):
        raise ValueError(f"xs and ys differ in length: {len(xs)} and {len(ys)}")
    if not (np.all(np.isfinite(xs)) and np.all(np.isfinite(ys))):
        raise ValueError("all knots must be finite")
    if np.any(np.diff(xs) <= 0):
        raise ValueError("xs must be strictly increasing")
    n = len(xs)
    slopes = np.diff(ys) / np.diff(xs)
    changes = np.diff(slopes, prepend=0.0)      # c_0 = s_0, c_i = s_i - s_{i-1}
    W1 = np.ones((1, n - 1))
    b1 = -xs[:-1]
    W2 = changes.reshape(-1, 1)
    b2 = np.array([ys[0]])
    return W1, b1, W2, b2
