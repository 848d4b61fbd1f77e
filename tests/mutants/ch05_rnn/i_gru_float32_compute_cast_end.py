# target: ch05_gru
# kind: mutant
# why: computes in the inputs' own dtype (float32 if all are float32) and only casts the result to float64
def gru_step(x_t, h_prev, W, U, b):
    x_t, h_prev, W, U, b = (np.asarray(v) for v in (x_t, h_prev, W, U, b))
    units = U.shape[0]
    a = x_t @ W + b[0]
    u = h_prev @ U + b[1]
    z = 1 / (1 + np.exp(-(a[:, :units] + u[:, :units])))
    r = 1 / (1 + np.exp(-(a[:, units:2 * units] + u[:, units:2 * units])))
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    h_t = z * h_prev + (1 - z) * h_tilde
    return h_t.astype(np.float64)
