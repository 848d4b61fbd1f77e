# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3b: one-sided forward difference (f(x + eps e_i) - f(x)) / eps instead of the centred difference
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = np.array(x, dtype=np.float64)
    f0 = f(x)
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        xp = x.copy()
        xp[idx] += eps
        grad[idx] = (f(xp) - f0) / eps
    return grad
