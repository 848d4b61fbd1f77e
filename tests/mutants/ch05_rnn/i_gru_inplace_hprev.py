# target: ch05_gru
# kind: mutant
# why: updates the state in place (h *= z; h += ...), overwriting a float64 h_prev passed by the caller
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    units = U.shape[0]
    a = x_t @ W + b[0]
    u = h @ U + b[1]
    z = 1 / (1 + np.exp(-(a[:, :units] + u[:, :units])))
    r = 1 / (1 + np.exp(-(a[:, units:2 * units] + u[:, units:2 * units])))
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    h *= z
    h += (1 - z) * h_tilde
    return h
