# target: ch03_grad_check
# kind: mutant
# why: perturbs the caller's array and leaves the last entry shifted
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = np.asarray(x, dtype=np.float64)
    grad = np.zeros_like(x)
    flat_x, flat_g = x.reshape(-1), grad.reshape(-1)
    for i in range(flat_x.size):
        saved = flat_x[i]
        flat_x[i] = saved + eps
        plus = float(f(x))
        flat_x[i] = saved - eps
        minus = float(f(x))
        flat_g[i] = (plus - minus) / (2.0 * eps)
    return grad
