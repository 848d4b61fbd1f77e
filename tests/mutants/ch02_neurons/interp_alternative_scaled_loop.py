# target: ch02_relu_interpolant
# kind: alternative
# why: a loop over segments, each hinge scaled by 1/(segment width) and its output weight multiplied back; plain Python lists turned into arrays at the end
def relu_interpolant(xs, ys):
    xs = np.array(xs, dtype=float)
    ys = np.array(ys, dtype=float)
    if xs.ndim != 1 or ys.shape != xs.shape or xs.size < 2:
        raise ValueError("need two 1-D sequences of equal length, at least 2")
    if not np.isfinite(xs).all() or not np.isfinite(ys).all():
        raise ValueError("values must be finite")
    if (np.diff(xs) <= 0).any():
        raise ValueError("xs must be strictly increasing")
    print("building", len(xs) - 1, "hinges")
    w1, b1, w2 = [], [], []
    previous_slope = 0.0
    for i in range(len(xs) - 1):
        width = xs[i + 1] - xs[i]
        slope = (ys[i + 1] - ys[i]) / width
        w1.append(1.0 / width)
        b1.append(-xs[i] / width)
        w2.append((slope - previous_slope) * width)
        previous_slope = slope
    return np.array([w1]), np.array(b1), np.array(w2).reshape(-1, 1), np.array([ys[0]])
