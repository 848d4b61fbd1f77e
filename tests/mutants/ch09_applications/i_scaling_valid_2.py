# target: ch09_scaling
# kind: alternative
# why: np.linalg.lstsq on the design matrix [1, -log n] so the coefficients are (log a, b) directly; exp/log form for examples_for_error
def fit_power_law(sizes, errors):
    """(a, b) of the least-squares line log E = log a - b log n."""
    if len(sizes) != len(errors):
        raise ValueError("sizes and the error list differ in length")
    n = np.array(sizes, dtype=float)  # a copy
    e = np.array(errors, dtype=float)
    if np.any(~(n > 0)):
        raise ValueError(f"sizes must be positive, got {list(sizes)}")
    if np.unique(n).size < 2:
        raise ValueError("need at least two distinct sizes to fit a line")
    if np.any(~(e > 0)):
        raise ValueError(f"errors must be positive, got {list(errors)}")
    design = np.column_stack([np.ones_like(n), -np.log(n)])
    coefficients, residuals, rank, singular_values = np.linalg.lstsq(design, np.log(e), rcond=None)
    log_a, b = coefficients
    return float(np.exp(log_a)), float(b)


def examples_for_error(a, b, target):
    """The n at which a * n ** -b reaches target."""
    if not b > 0:
        raise ValueError("b must be > 0, otherwise the error never falls")
    if not target > 0:
        raise ValueError("target must be > 0")
    return float(np.exp((np.log(a) - np.log(target)) / b))
