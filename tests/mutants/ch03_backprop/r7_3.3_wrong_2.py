# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3a: perturbs a copy in x's own dtype, so for float32 x the steps x_i +/- eps are rounded in float32 and the result is off by up to ~1% (float64 inputs are exact)
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x = np.asarray(x)
    grad = np.zeros(x.shape, dtype=np.float64)
    for idx in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += eps
        minus[idx] -= eps
        grad[idx] = (float(f(plus)) - float(f(minus))) / (2.0 * eps)
    return grad
