# target: ch02_relu_interpolant
# kind: alternative
# why: explicit loop with helper functions; each hinge scaled by its segment width ReLU((x - x_i)/h_i), output weight c_i*h_i; try/except validation and a debug print
def check_knots(xs, ys):
    try:
        x = np.asarray(xs, dtype=float)
        y = np.asarray(ys, dtype=float)
    except (TypeError, ValueError) as err:
        raise ValueError(f"knots must be real numbers: {err}") from None
    if x.ndim != 1 or y.ndim != 1:
        raise ValueError(f"expected 1-D xs and ys, got shapes {x.shape} and {y.shape}")
    if len(x) != len(y):
        raise ValueError(f"xs has {len(x)} entries but ys has {len(y)}")
    if len(x) < 2:
        raise ValueError("at least two knots are needed")
    for value in list(x) + list(y):
        if not np.isfinite(value):
            raise ValueError(f"non-finite value {value}")
    for left, right in zip(x[:-1], x[1:]):
        if not right > left:
            raise ValueError(f"xs not strictly increasing at {left}, {right}")
    return x, y


def segment_slopes(x, y):
    return [(y[i + 1] - y[i]) / (x[i + 1] - x[i]) for i in range(len(x) - 1)]


def relu_interpolant(xs, ys):
    """Weights (W1, b1, W2, b2) of a 1 -> n-1 (ReLU) -> 1 network through the knots (xs, ys)."""
    x, y = check_knots(xs, ys)
    n = len(x)
    s = segment_slopes(x, y)
    W1 = np.zeros((1, n - 1))
    b1 = np.zeros(n - 1)
    W2 = np.zeros((n - 1, 1))
    previous = 0.0
    for i in range(n - 1):
        h = x[i + 1] - x[i]               # positive scale of unit i
        W1[0, i] = 1.0 / h
        b1[i] = -x[i] / h
        W2[i, 0] = (s[i] - previous) * h  # c_i, with the scale divided back out
        previous = s[i]
    b2 = np.array([y[0]])
    print(f"relu_interpolant: {n} knots -> {n - 1} hidden units")
    return W1, b1, W2, b2
