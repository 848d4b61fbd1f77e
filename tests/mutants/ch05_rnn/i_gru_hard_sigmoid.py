# target: ch05_gru
# kind: mutant
# why: gates use the old Keras hard_sigmoid clip(0.2*v + 0.5, 0, 1) instead of the logistic sigmoid
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    units = U.shape[0]

    def hard_sigmoid(v):
        return np.clip(0.2 * v + 0.5, 0.0, 1.0)

    a = x_t @ W + b[0]
    u = h_prev @ U + b[1]
    z = hard_sigmoid(a[:, :units] + u[:, :units])
    r = hard_sigmoid(a[:, units:2 * units] + u[:, units:2 * units])
    h_tilde = np.tanh(a[:, 2 * units:] + r * u[:, 2 * units:])
    return z * h_prev + (1 - z) * h_tilde
