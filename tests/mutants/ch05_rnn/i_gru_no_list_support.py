# target: ch05_gru
# kind: mutant
# why: never converts the arguments, so nested lists fail (U.shape, list @ list)
def gru_step(x_t, h_prev, W, U, b):
    units = U.shape[0]
    a = x_t @ W + b[0]
    u = h_prev @ U + b[1]
    z = 1 / (1 + np.exp(-(a[:, :units] + u[:, :units])))
    r = 1 / (1 + np.exp(-(a[:, units:2 * units] + u[:, units:2 * units])))
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    return np.asarray(z * h_prev + (1 - z) * h_tilde, dtype=np.float64)
