# target: ch05_gru
# kind: alternative
# why: np.split into blocks, both gates in one sigmoid call, numerically stable piecewise sigmoid
def gru_step(x_t, h_prev, W, U, b):
    x_t, h_prev, W, U, b = (np.asarray(v, dtype=np.float64) for v in (x_t, h_prev, W, U, b))
    units = h_prev.shape[-1]
    b_in, b_rec = b[0], b[1]
    W_zr, W_h = W[:, :2 * units], W[:, 2 * units:]
    U_zr, U_h = U[:, :2 * units], U[:, 2 * units:]

    def sigmoid(v):
        out = np.empty_like(v)
        pos = v >= 0
        out[pos] = 1.0 / (1.0 + np.exp(-v[pos]))
        e = np.exp(v[~pos])
        out[~pos] = e / (1.0 + e)
        return out

    gates = sigmoid(np.dot(x_t, W_zr) + b_in[:2 * units] + np.dot(h_prev, U_zr) + b_rec[:2 * units])
    z, r = np.split(gates, 2, axis=1)
    rec_h = np.dot(h_prev, U_h) + b_rec[2 * units:]
    cand = np.tanh(np.dot(x_t, W_h) + b_in[2 * units:] + r * rec_h)
    return (z * h_prev + (1.0 - z) * cand).astype(np.float64)
