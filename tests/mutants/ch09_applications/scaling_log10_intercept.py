# target: ch09_scaling
# kind: mutant
# why: returns the intercept of the log10 fit as a instead of 10 ** intercept
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    n, e = np.asarray(sizes, dtype=np.float64), np.asarray(errors, dtype=np.float64)
    if n.shape != e.shape or n.ndim != 1:
        raise ValueError(f"Expected sizes and errors of one equal length. Received: sizes of shape {n.shape}, errors of shape {e.shape}")
    if np.any(n <= 0) or len(np.unique(n)) < 2:
        raise ValueError(f"Expected at least two distinct positive sizes. Received: sizes={n.tolist()}")
    if np.any(e <= 0):
        raise ValueError(f"Expected positive errors. Received: errors={e.tolist()}")
    slope, intercept = np.polyfit(np.log10(n), np.log10(e), 1)
    return float(intercept), float(-slope)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError(f"Expected b > 0, so that the error falls with n. Received: b={b!r}")
    if target <= 0:
        raise ValueError(f"Expected target > 0. Received: target={target!r}")
    return float((a / target) ** (1.0 / b))
