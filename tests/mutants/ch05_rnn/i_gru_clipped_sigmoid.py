# target: ch05_gru
# kind: mutant
# why: clips gate pre-activations to [-15, 15] "against overflow", so saturated gates are off by ~3e-7
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    units = U.shape[0]

    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-np.clip(v, -15, 15)))

    a = x_t @ W + b[0]
    u = h_prev @ U + b[1]
    z = sigmoid(a[:, :units] + u[:, :units])
    r = sigmoid(a[:, units:2 * units] + u[:, units:2 * units])
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    return z * h_prev + (1 - z) * h_tilde
