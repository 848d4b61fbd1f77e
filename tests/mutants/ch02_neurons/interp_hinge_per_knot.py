# target: ch02_relu_interpolant
# kind: mutant
# why: puts a hinge at every knot, the last one included (a zero weight): n units instead of n-1 (2.5a)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()) or np.any(np.diff(xs) <= 0):
        raise ValueError("bad knots")
    slopes = np.append(np.diff(ys) / np.diff(xs), 0.0)
    slopes[-1] = slopes[-2]
    changes = np.diff(slopes, prepend=0.0)
    return np.ones((1, len(xs))), -xs, changes[:, None], ys[:1].copy()
