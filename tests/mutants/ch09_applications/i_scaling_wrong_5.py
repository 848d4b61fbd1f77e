# target: ch09_scaling
# kind: mutant
# why: 9.6a - takes the logs in place (np.log(..., out=...)) on np.asarray views, which overwrites a float64 sizes/errors array passed by the caller
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    log_n = np.asarray(sizes, dtype=np.float64)
    log_e = np.asarray(errors, dtype=np.float64)
    if log_n.shape != log_e.shape:
        raise ValueError("sizes and errors must have the same length")
    if np.any(log_n <= 0):
        raise ValueError("sizes must be positive")
    if len(np.unique(log_n)) < 2:
        raise ValueError("sizes must contain at least two distinct values")
    if np.any(log_e <= 0):
        raise ValueError("errors must be positive")
    np.log(log_n, out=log_n)  # no need for extra copies
    np.log(log_e, out=log_e)
    slope, intercept = np.polyfit(log_n, log_e, 1)
    return float(np.exp(intercept)), float(-slope)

def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError("b must be positive, or the error never falls")
    if target <= 0:
        raise ValueError("target must be positive")
    return float((a / target) ** (1.0 / b))

