# target: ch05_gru
# kind: mutant
# why: reads the blocks as r, z, h (the reset gate where Keras keeps the update gate)
def gru_step(x_t, h_prev, W, U, b):
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    x_t, h_prev, W, U, b = (np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, W, U, b))
    a_r, a_z, a_h = np.split(x_t @ W + b[0], 3, axis=-1)
    u_r, u_z, u_h = np.split(h_prev @ U + b[1], 3, axis=-1)
    z = sigmoid(a_z + u_z)
    r = sigmoid(a_r + u_r)
    return z * h_prev + (1.0 - z) * np.tanh(a_h + r * u_h)
