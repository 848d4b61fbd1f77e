# target: ch05_gru
# kind: alternative
# why: explicit slices by unit count, np.dot, and the convex combination written as h + (1 - z)(candidate - h)
def gru_step(x_t, h_prev, W, U, b):
    n = np.shape(U)[0]
    x, h = np.array(x_t, dtype=np.float64), np.array(h_prev, dtype=np.float64)
    W, U, b = np.array(W, dtype=np.float64), np.array(U, dtype=np.float64), np.array(b, dtype=np.float64)
    a = np.dot(x, W) + b[0]
    u = np.dot(h, U) + b[1]
    gate = lambda v: 0.5 * (1.0 + np.tanh(0.5 * v))
    z = gate(a[:, :n] + u[:, :n])
    r = gate(a[:, n:2 * n] + u[:, n:2 * n])
    candidate = np.tanh(a[:, 2 * n:] + r * u[:, 2 * n:])
    return h + (1.0 - z) * (candidate - h)
