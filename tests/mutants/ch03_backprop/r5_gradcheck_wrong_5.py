# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3b: uses a relative step h = eps * max(1, |x_i|) instead of eps itself, which changes the difference quotient wherever |x_i| > 1 and f is not quadratic
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        h = eps * max(1.0, abs(x[idx]))
        xp = x.copy()
        xm = x.copy()
        xp[idx] += h
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / (2 * h)
    return grad
