# target: ch05_gru
# kind: mutant
# why: Cho et al.'s form: resets the state before the recurrent matrix (Keras's reset_after=False)
def gru_step(x_t, h_prev, W, U, b):
    def sigmoid(v):
        return 1.0 / (1.0 + np.exp(-v))

    x_t, h_prev, W, U, b = (np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, W, U, b))
    n = h_prev.shape[-1]
    a = x_t @ W + b[0]
    z = sigmoid(a[:, :n] + h_prev @ U[:, :n] + b[1, :n])
    r = sigmoid(a[:, n:2 * n] + h_prev @ U[:, n:2 * n] + b[1, n:2 * n])
    candidate = np.tanh(a[:, 2 * n:] + (r * h_prev) @ U[:, 2 * n:] + b[1, 2 * n:])
    return z * h_prev + (1.0 - z) * candidate
