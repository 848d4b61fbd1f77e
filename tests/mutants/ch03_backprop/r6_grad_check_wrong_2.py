# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3a: copies x but keeps its dtype, so a float32 x is perturbed and differentiated in float32 and a float32 array is returned (wrong dtype and only ~1e-2 accurate)
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    point = np.array(x, copy=True)
    grad = np.zeros_like(point)
    for i in np.ndindex(point.shape):
        original = point[i]
        point[i] = original + eps
        up = f(point)
        point[i] = original - eps
        down = f(point)
        point[i] = original
        grad[i] = (up - down) / (2 * eps)
    return grad
