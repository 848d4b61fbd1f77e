# target: ch03_grad_check
# kind: alternative
# why: builds each perturbation as eps times a basis array
def numerical_gradient(f, x, eps=1e-5):
    base = np.asarray(x, dtype=np.float64).copy()
    grad = np.empty(base.shape)
    for index in np.ndindex(base.shape):
        e = np.zeros(base.shape)
        e[index] = eps
        grad[index] = (f(base + e) - f(base - e)) / (2 * eps)
    return grad


print("check:", numerical_gradient(lambda v: float(v @ v), np.array([1.0, 2.0])))
