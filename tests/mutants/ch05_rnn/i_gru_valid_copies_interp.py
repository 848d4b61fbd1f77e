# target: ch05_gru
# kind: alternative
# why: defensive copies, per-gate weight lists via a loop, h_t written as cand + z*(h_prev - cand)
def gru_step(x_t, h_prev, W, U, b):
    import math
    x = np.array(x_t, dtype=np.float64, copy=True)
    h = np.array(h_prev, dtype=np.float64, copy=True)
    Wc = np.array(W, dtype=np.float64, copy=True)
    Uc = np.array(U, dtype=np.float64, copy=True)
    bc = np.array(b, dtype=np.float64, copy=True)
    units = Uc.shape[0]
    parts_x, parts_h = [], []
    for k in range(3):
        cols = slice(k * units, (k + 1) * units)
        parts_x.append(np.matmul(x, Wc[:, cols]) + bc[0, cols])
        parts_h.append(np.matmul(h, Uc[:, cols]) + bc[1, cols])
    with np.errstate(over="ignore"):
        z = 1.0 / (1.0 + np.exp(-(parts_x[0] + parts_h[0])))
        r = 1.0 / (1.0 + np.exp(-(parts_x[1] + parts_h[1])))
    cand = np.tanh(parts_x[2] + r * parts_h[2])
    return cand + z * (h - cand)
