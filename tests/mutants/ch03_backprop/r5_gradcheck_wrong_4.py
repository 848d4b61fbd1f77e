# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3a/3.3d: perturbs a flattened copy and passes the 1-D vector to f without reshaping, so any f that needs x's shape (e.g. the 3.2 loss as a function of W1) gets the wrong input
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    flat = np.array(x, dtype=np.float64).ravel()
    grad = np.zeros_like(flat)
    for i in range(flat.size):
        old = flat[i]
        flat[i] = old + eps
        f_plus = f(flat)
        flat[i] = old - eps
        f_minus = f(flat)
        flat[i] = old
        grad[i] = (f_plus - f_minus) / (2 * eps)
    return grad.reshape(np.shape(x))
