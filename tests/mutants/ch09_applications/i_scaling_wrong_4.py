# target: ch09_scaling
# kind: mutant
# why: 9.6a - refines the log-log fit with scipy curve_fit on the raw errors (nonlinear least squares in linear space), which is not the OLS line on the logs
from scipy.optimize import curve_fit


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
    start = (np.exp(intercept), -slope)  # the log fit is only a starting point
    params, covariance = curve_fit(lambda size, a, b: a * size ** -b, n, e, p0=start, maxfev=10000)
    return float(params[0]), float(params[1])

def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError("b must be positive, or the error never falls")
    if target <= 0:
        raise ValueError("target must be positive")
    return float((a / target) ** (1.0 / b))

