# target: ch02_relu_interpolant
# kind: mutant
# why: uses each segment's slope as its hinge's output weight instead of the change of slope, so the slopes add up (2.5c)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()) or np.any(np.diff(xs) <= 0):
        raise ValueError("bad knots")
    slopes = np.diff(ys) / np.diff(xs)
    return np.ones((1, len(xs) - 1)), -xs[:-1], slopes[:, None], ys[:1].copy()
