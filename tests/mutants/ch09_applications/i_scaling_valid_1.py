# target: ch09_scaling
# kind: alternative
# why: np.polyfit of degree 1 on natural logs, a = exp(intercept); n = (a / target) ** (1 / b) via np.power
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    n = np.asarray(sizes, dtype=np.float64).ravel()
    e = np.asarray(errors, dtype=np.float64).ravel()
    if len(n) != len(e):
        raise ValueError(f"sizes has {len(n)} entries but {len(e)} error values were given")
    if not np.all(n > 0):
        raise ValueError("every entry of sizes must be positive")
    if len(np.unique(n)) < 2:
        raise ValueError("sizes must contain at least two distinct values")
    if not np.all(e > 0):
        raise ValueError("every entry of errors must be positive")
    slope, intercept = np.polyfit(np.log(n), np.log(e), 1)
    return float(np.exp(intercept)), float(-slope)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError(f"b must be positive (got b={b}): the error would never fall")
    if target <= 0:
        raise ValueError(f"target must be positive, got {target}")
    return float(np.power(a / target, 1.0 / b))
