# target: ch09_scaling
# kind: alternative
# why: closed-form least squares (covariance over variance) in log10, a = 10 ** intercept, a helper for validation, debug print
def check_positive(values, name):
    """Raise a ValueError naming `name` unless every value is a positive number."""
    for value in values:
        if not value > 0:
            raise ValueError(f"{name} must hold positive numbers, found {value!r}")


def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    sizes, errors = list(sizes), list(errors)  # new lists: the caller's objects stay as they are
    if len(sizes) != len(errors):
        raise ValueError(f"sizes: expected {len(errors)} values (one per error), got {len(sizes)}")
    check_positive(sizes, "sizes")
    if len(set(float(s) for s in sizes)) < 2:
        raise ValueError("sizes: a line needs at least two distinct training-set sizes")
    check_positive(errors, "errors")
    u = np.log10(np.array(sizes, dtype=np.float64))
    v = np.log10(np.array(errors, dtype=np.float64))
    du, dv = u - u.mean(), v - v.mean()
    slope = float(np.sum(du * dv) / np.sum(du * du))
    intercept = float(v.mean() - slope * u.mean())
    print(f"fit_power_law: {len(u)} points, slope {slope:.4f} on log-log axes")
    return 10.0 ** intercept, -slope


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError(f"the exponent b = {b} must be positive, or the error would never fall")
    if target <= 0:
        raise ValueError(f"the target = {target} must be a positive error")
    return float(np.float64(a / target) ** (1.0 / b))
