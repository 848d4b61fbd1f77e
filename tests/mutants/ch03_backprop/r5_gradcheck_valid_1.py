# target: ch03_grad_check
# kind: alternative
# why: valid: loops over np.ndindex, builds a fresh float64 copy for each of the two evaluations, works for any shape including 0-d
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    base = np.array(x, dtype=np.float64)          # always a copy
    grad = np.zeros(base.shape, dtype=np.float64)
    for idx in np.ndindex(base.shape):
        plus = base.copy()
        plus[idx] += eps
        minus = base.copy()
        minus[idx] -= eps
        grad[idx] = (float(f(plus)) - float(f(minus))) / (2 * eps)
    return grad
