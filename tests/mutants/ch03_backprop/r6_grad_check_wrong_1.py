# target: ch03_grad_check
# kind: mutant
# why: breaks 3.3b: the step is relative, eps * max(1, |x_i|), not eps itself; identical for |x_i| <= 1 and invisible on quadratics (exact for any step), but e.g. f = sum(x**3) at x = 10 with eps = 0.1 gives 300 + 100 = 400 instead of 300 + 0.01
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    point = np.array(x, dtype=np.float64)
    grad = np.zeros_like(point)
    for i in range(point.size):
        original = point.flat[i]
        h = eps * max(1.0, abs(original))
        point.flat[i] = original + h
        up = f(point)
        point.flat[i] = original - h
        down = f(point)
        point.flat[i] = original
        grad.flat[i] = (up - down) / (2 * h)
    return grad
