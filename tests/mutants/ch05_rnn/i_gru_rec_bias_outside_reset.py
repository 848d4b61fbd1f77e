# target: ch05_gru
# kind: mutant
# why: reset gate multiplies only h_prev @ U_h; the recurrent bias b_rec_h is added outside the reset
def gru_step(x_t, h_prev, W, U, b):
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    n = U.shape[0]
    pre = x_t @ W + b[0] + b[1]          # both biases folded into the input part
    rec = h_prev @ U
    z = 1 / (1 + np.exp(-(pre[:, :n] + rec[:, :n])))
    r = 1 / (1 + np.exp(-(pre[:, n:2 * n] + rec[:, n:2 * n])))
    h_tilde = np.tanh(pre[:, 2 * n:] + r * rec[:, 2 * n:])
    return z * h_prev + (1 - z) * h_tilde
