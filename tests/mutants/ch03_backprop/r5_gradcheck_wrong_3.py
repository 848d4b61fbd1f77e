# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3b: ignores the eps argument and always steps by the default 1e-5
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    h = 1e-5
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp = x.copy()
        xm = x.copy()
        xp[idx] += h
        xm[idx] -= h
        grad[idx] = (f(xp) - f(xm)) / (2 * h)
    return grad
