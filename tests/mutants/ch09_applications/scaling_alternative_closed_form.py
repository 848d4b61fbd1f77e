# target: ch09_scaling
# kind: alternative
# why: closed-form least squares with means, and logs of both sides for examples_for_error
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    sizes, errors = list(sizes), list(errors)
    if len(sizes) != len(errors):
        raise ValueError("sizes and errors must have the same length")
    if any(s <= 0 for s in sizes) or len(set(float(s) for s in sizes)) < 2:
        raise ValueError("need two or more distinct positive sizes")
    if any(err <= 0 for err in errors):
        raise ValueError("every one of the errors must be positive")
    lx = np.log(np.array(sizes, dtype=np.float64))
    ly = np.log(np.array(errors, dtype=np.float64))
    slope = np.sum((lx - lx.mean()) * (ly - ly.mean())) / np.sum((lx - lx.mean()) ** 2)
    intercept = ly.mean() - slope * lx.mean()
    return float(np.exp(intercept)), float(-slope)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if not b > 0:
        raise ValueError("b must be positive")
    if not target > 0:
        raise ValueError("target must be positive")
    return float(np.exp((np.log(a) - np.log(target)) / b))
