# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3c: np.asarray(x, dtype=float64) does not copy a float64 x, so the caller's array is perturbed in place during the call (restored exactly afterwards); a read-only x raises, and an f that reads x itself sees the perturbation
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    point = np.asarray(x, dtype=np.float64)
    grad = np.zeros(point.shape, dtype=np.float64)
    for i in np.ndindex(point.shape):
        original = point[i]
        point[i] = original + eps
        up = f(point)
        point[i] = original - eps
        down = f(point)
        point[i] = original
        grad[i] = (up - down) / (2 * eps)
    return grad
