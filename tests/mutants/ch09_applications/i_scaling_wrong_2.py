# target: ch09_scaling
# kind: mutant
# why: 9.6a - returns the intercept log a instead of a (forgets to exponentiate)
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    n = np.asarray(sizes, dtype=np.float64)
    e = np.asarray(errors, dtype=np.float64)
    if n.shape != e.shape:
        raise ValueError("sizes and errors must have the same length")
    if np.any(n <= 0):
        raise ValueError("sizes must be positive")
    if len(np.unique(n)) < 2:
        raise ValueError("sizes must contain at least two distinct values")
    if np.any(e <= 0):
        raise ValueError("errors must be positive")
    slope, intercept = np.polyfit(np.log(n), np.log(e), 1)
    return float(intercept), float(-slope)

def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError("b must be positive, or the error never falls")
    if target <= 0:
        raise ValueError("target must be positive")
    return float((a / target) ** (1.0 / b))

