# target: ch05_gru
# kind: mutant
# why: result allocated with np.empty_like(h_prev), so a float32 h_prev gives a float32 (rounded) result
def gru_step(x_t, h_prev, W, U, b):
    x = np.asarray(x_t, dtype=np.float64)
    h = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    units = U.shape[0]
    a = x @ W + b[0]
    u = h @ U + b[1]
    z = 1 / (1 + np.exp(-(a[:, :units] + u[:, :units])))
    r = 1 / (1 + np.exp(-(a[:, units:2 * units] + u[:, units:2 * units])))
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    h_new = np.empty_like(h_prev)
    h_new[...] = z * h + (1 - z) * h_tilde
    return h_new
