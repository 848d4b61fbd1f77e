# target: ch02_relu_interpolant
# kind: mutant
# why: draws the first segment with a mirrored unit ReLU(x_1 - x) that is active on the left, so the curve keeps rising left of the first knot instead of staying at y_0 (2.5d)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not (np.isfinite(xs).all() and np.isfinite(ys).all()) or np.any(np.diff(xs) <= 0):
        raise ValueError("bad knots")
    slopes = np.diff(ys) / np.diff(xs)
    w1, b1, w2 = np.ones(len(xs) - 1), -xs[:-1].copy(), np.diff(slopes, prepend=0.0)
    if len(xs) > 2:
        w2[1] = slopes[1]  # the mirrored unit is off right of x_1: the slope restarts from 0
    w1[0], b1[0], w2[0] = -1.0, xs[1], -slopes[0]   # y_1 - s_0 (x_1 - x) on the first segment
    return w1[None, :], b1, w2[:, None], ys[1:2].copy()
