# target: ch02_relu_interpolant
# kind: mutant
# why: checks sortedness with np.sort, so repeated knots slip through and divide by zero, and infinite values are never refused (2.5e)
def relu_interpolant(xs, ys):
    xs, ys = np.asarray(xs, dtype=np.float64), np.asarray(ys, dtype=np.float64)
    if xs.ndim != 1 or ys.ndim != 1 or len(xs) != len(ys) or len(xs) < 2:
        raise ValueError("bad shapes")
    if not np.array_equal(np.sort(xs), xs):
        raise ValueError("xs must be sorted")
    with np.errstate(divide="ignore", invalid="ignore"):
        changes = np.diff(np.diff(ys) / np.diff(xs), prepend=0.0)
    return np.ones((1, len(xs) - 1)), -xs[:-1], changes[:, None], ys[:1].copy()
