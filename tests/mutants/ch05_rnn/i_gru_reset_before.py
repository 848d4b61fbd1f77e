# target: ch05_gru
# kind: mutant
# why: Cho et al. / reset_after=False form: resets h_prev before the recurrent matrix
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n = U.shape[0]
    a = x_t @ W + b[0]
    z = 1 / (1 + np.exp(-(a[:, :n] + h_prev @ U[:, :n] + b[1, :n])))
    r = 1 / (1 + np.exp(-(a[:, n:2 * n] + h_prev @ U[:, n:2 * n] + b[1, n:2 * n])))
    h_tilde = np.tanh(a[:, 2 * n:] + (r * h_prev) @ U[:, 2 * n:] + b[1, 2 * n:])
    return z * h_prev + (1 - z) * h_tilde
