# target: ch03_grad_check
# kind: mutant
# why: divides the centred difference by eps instead of 2 eps
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = np.array(x, dtype=np.float64)
    grad = np.zeros_like(x)
    flat_x, flat_g = x.reshape(-1), grad.reshape(-1)
    for i in range(flat_x.size):
        saved = flat_x[i]
        flat_x[i] = saved + eps
        plus = float(f(x))
        flat_x[i] = saved - eps
        minus = float(f(x))
        flat_x[i] = saved
        flat_g[i] = (plus - minus) / eps
    return grad
