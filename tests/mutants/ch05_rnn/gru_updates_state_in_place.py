# target: ch05_gru
# kind: mutant
# why: updates the state array in place (np.asarray does not copy a float64 array), so the caller's h_prev changes
def gru_step(x_t, h_prev, W, U, b):
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    x_t, W, U, b = (np.asarray(a, dtype=np.float64) for a in (x_t, W, U, b))
    h = np.asarray(h_prev, dtype=np.float64)
    a_z, a_r, a_h = np.split(x_t @ W + b[0], 3, axis=-1)
    u_z, u_r, u_h = np.split(h @ U + b[1], 3, axis=-1)
    z = sigmoid(a_z + u_z)
    candidate = np.tanh(a_h + sigmoid(a_r + u_r) * u_h)
    h *= z
    h += (1.0 - z) * candidate
    return h
