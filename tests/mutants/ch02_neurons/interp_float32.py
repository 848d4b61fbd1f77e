# target: ch02_relu_interpolant
# kind: mutant
# why: builds the arrays in float32, the Keras default, where the task asks for float64 (2.5a)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float32), np.asarray(ys, dtype=np.float32)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()) or np.any(np.diff(xs) <= 0):
        raise ValueError("bad knots")
    changes = np.diff(np.diff(ys) / np.diff(xs), prepend=0.0)
    return np.ones((1, len(xs) - 1), dtype=np.float32), -xs[:-1], changes[:, None], ys[:1].copy()
