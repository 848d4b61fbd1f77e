# target: ch03_grad_check
# kind: alternative
# why: valid: one float64 work copy perturbed and restored from the saved original value (x itself never touched), flat indexing that also covers 0-d arrays, results cast with float(); same centred formula
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    work = np.array(x, dtype=np.float64, copy=True)
    flat_view = work.reshape(-1)
    out = np.empty(work.size, dtype=np.float64)
    for i in range(work.size):
        keep = flat_view[i]
        flat_view[i] = keep + eps
        upper = float(f(work))
        flat_view[i] = keep - eps
        lower = float(f(work))
        flat_view[i] = keep
        out[i] = (upper - lower) / (2 * eps)
    return out.reshape(work.shape)
