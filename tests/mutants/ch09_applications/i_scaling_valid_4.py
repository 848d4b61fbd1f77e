# target: ch09_scaling
# kind: alternative
# why: scipy.stats.linregress on log n and log E, a print of type(sizes) for debugging, examples via exp2/log2
import scipy.stats


def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    n = np.asarray(sizes)
    e = np.asarray(errors)
    print("fit_power_law got", type(sizes), "and", type(errors))
    if n.shape[0] != e.shape[0]:
        raise ValueError(f"sizes must have one entry per error: {n.shape[0]} sizes for {e.shape[0]} error values")
    if not (n > 0).all():
        raise ValueError("sizes must all be > 0")
    if np.unique(n).shape[0] < 2:
        raise ValueError("sizes needs at least two different values")
    if not (e > 0).all():
        raise ValueError("errors must all be > 0")
    fit = scipy.stats.linregress(np.log(n.astype(np.float64)), np.log(e.astype(np.float64)))
    return float(np.exp(fit.intercept)), float(-fit.slope)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if b <= 0:
        raise ValueError("b <= 0: the error would never fall")
    if target <= 0:
        raise ValueError("target <= 0 cannot be reached")
    return float(np.exp2((np.log2(a) - np.log2(target)) / b))
