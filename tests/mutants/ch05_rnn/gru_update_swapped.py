# target: ch05_gru
# kind: mutant
# why: the other textbook convention: z weighs the candidate, 1 - z the old state
def gru_step(x_t, h_prev, W, U, b):
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    x_t, h_prev, W, U, b = (np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, W, U, b))
    a_z, a_r, a_h = np.split(x_t @ W + b[0], 3, axis=-1)
    u_z, u_r, u_h = np.split(h_prev @ U + b[1], 3, axis=-1)
    z = sigmoid(a_z + u_z)
    r = sigmoid(a_r + u_r)
    return (1.0 - z) * h_prev + z * np.tanh(a_h + r * u_h)
