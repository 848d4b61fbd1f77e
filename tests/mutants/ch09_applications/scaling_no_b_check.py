# target: ch09_scaling
# kind: mutant
# why: does not reject b <= 0
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    n, e = np.asarray(sizes, dtype=np.float64), np.asarray(errors, dtype=np.float64)
    if n.shape != e.shape or n.ndim != 1:
        raise ValueError(f"Expected sizes and errors of one equal length. Received: sizes of shape {n.shape}, errors of shape {e.shape}")
    if np.any(n <= 0) or len(np.unique(n)) < 2:
        raise ValueError(f"Expected at least two distinct positive sizes. Received: sizes={n.tolist()}")
    if np.any(e <= 0):
        raise ValueError(f"Expected positive errors. Received: errors={e.tolist()}")
    slope, intercept = np.polyfit(np.log(n), np.log(e), 1)
    return float(np.exp(intercept)), float(-slope)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if target <= 0:
        raise ValueError(f"Expected target > 0. Received: target={target!r}")
    return float((a / target) ** (1.0 / b))
