# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3a: copies x without converting to float64, so a float32 x gives a float32 result (and float32 rounding of x +- eps makes it inaccurate)
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = x.copy()
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        old = x[idx]
        x[idx] = old + eps
        f_plus = f(x)
        x[idx] = old - eps
        f_minus = f(x)
        x[idx] = old
        grad[idx] = (f_plus - f_minus) / (2 * eps)
    return grad
