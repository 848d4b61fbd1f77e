# target: ch03_grad_check
# kind: alternative
# why: valid: fresh float64 copies for every evaluation (x + eps e_i built from a basis array), f's value converted with float(), the difference multiplied by the precomputed 0.5 / eps (may differ from dividing by 2 eps in the last bit)
def basis(shape, index):
    e = np.zeros(shape, dtype=np.float64)
    e[index] = 1.0
    return e


def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    base = np.array(x, dtype=np.float64, copy=True)
    scale = 0.5 / eps
    out = np.empty(base.shape, dtype=np.float64)
    for index in np.ndindex(*base.shape):
        step = eps * basis(base.shape, index)
        out[index] = (float(f(base + step)) - float(f(base - step))) * scale
    return out
