# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3b: the step is scaled to eps*max(1, |x_i|) instead of eps; identical for |x_i| <= 1 and exact for quadratics, so the visible checks pass, but entries with |x_i| > 1 use a larger step
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    base = np.array(x, dtype=np.float64)
    grad = np.zeros(base.shape, dtype=np.float64)
    for idx in np.ndindex(base.shape):
        h = eps * max(1.0, abs(base[idx]))
        plus, minus = base.copy(), base.copy()
        plus[idx] += h
        minus[idx] -= h
        grad[idx] = (f(plus) - f(minus)) / (2.0 * h)
    return grad
