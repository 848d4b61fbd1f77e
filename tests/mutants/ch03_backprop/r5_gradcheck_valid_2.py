# target: ch03_grad_check
# kind: alternative
# why: valid: works on a flat float64 copy with a basis vector e_i, reshapes before calling f and for the result, debug print of the shape
def numerical_gradient(f, x, eps=1e-5):
    """Centred finite differences of the scalar function f at x."""
    x_arr = np.asarray(x, dtype=np.float64)
    shape = x_arr.shape
    flat = x_arr.reshape(-1).copy()
    print("numerical_gradient on shape", shape)
    out = np.empty(flat.size)
    for i in range(flat.size):
        step = np.zeros(flat.size)
        step[i] = eps
        f_plus = f((flat + step).reshape(shape))
        f_minus = f((flat - step).reshape(shape))
        out[i] = (f_plus - f_minus) / (2.0 * eps)
    return out.reshape(shape)
