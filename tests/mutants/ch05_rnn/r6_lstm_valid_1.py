# target: ch05_lstm
# kind: alternative
# why: valid: per-gate weight slices and separate products, overflow-free sigmoid via np.exp(-|z|), returns a tuple of new float64 arrays; inputs never modified
def stable_sigmoid(z):
    e = np.exp(-np.abs(z))
    return np.where(z >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    x = np.asarray(x_t, dtype=np.float64)
    h = np.asarray(h_prev, dtype=np.float64)
    c = np.asarray(c_prev, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    U = np.asarray(U, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    u = h.shape[1]
    gate = {}
    for k, name in enumerate("ifco"):
        cols = slice(k * u, (k + 1) * u)
        gate[name] = x @ W[:, cols] + h @ U[:, cols] + b[cols]
    c_new = stable_sigmoid(gate["f"]) * c + stable_sigmoid(gate["i"]) * np.tanh(gate["c"])
    h_new = stable_sigmoid(gate["o"]) * np.tanh(c_new)
    return (h_new, c_new)
