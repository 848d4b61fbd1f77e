# target: ch05_gru
# kind: alternative
# why: einsum on weights reshaped to (.., 3, units) and scipy.special.expit for the gates
def gru_step(x_t, h_prev, W, U, b):
    from scipy.special import expit
    x = np.array(x_t, dtype=np.float64)
    h = np.array(h_prev, dtype=np.float64)
    Wm = np.array(W, dtype=np.float64)
    Um = np.array(U, dtype=np.float64)
    bm = np.array(b, dtype=np.float64)
    units = Um.shape[0]
    W3 = Wm.reshape(Wm.shape[0], 3, units)
    U3 = Um.reshape(units, 3, units)
    b3 = bm.reshape(2, 3, units)
    a = np.einsum("bi,igu->bgu", x, W3) + b3[0]
    u = np.einsum("bj,jgu->bgu", h, U3) + b3[1]
    z = expit(a[:, 0] + u[:, 0])
    r = expit(a[:, 1] + u[:, 1])
    cand = np.tanh(a[:, 2] + r * u[:, 2])
    return z * h + (1 - z) * cand
