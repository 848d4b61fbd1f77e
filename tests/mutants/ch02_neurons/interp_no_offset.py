# target: ch02_relu_interpolant
# kind: mutant
# why: forgets the output bias y_0 (b2 = 0), so the curve is shifted by y_0 everywhere (2.5b)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()) or np.any(np.diff(xs) <= 0):
        raise ValueError("bad knots")
    changes = np.diff(np.diff(ys) / np.diff(xs), prepend=0.0)
    return np.ones((1, len(xs) - 1)), -xs[:-1], changes[:, None], np.zeros(1)
