# target: ch05_lstm
# kind: alternative
# why: explicit slices by unit count and the identity sigmoid(z) = (1 + tanh(z / 2)) / 2
def lstm_step(x_t, h_prev, c_prev, W, U, b):
    n = np.shape(U)[0]
    z = np.dot(np.float64(x_t), np.float64(W)) + np.dot(np.float64(h_prev), np.float64(U)) + np.float64(b)
    gate = lambda v: 0.5 * (1.0 + np.tanh(0.5 * v))
    i, f, g, o = gate(z[:, :n]), gate(z[:, n : 2 * n]), np.tanh(z[:, 2 * n : 3 * n]), gate(z[:, 3 * n :])
    c = f * np.float64(c_prev) + i * g
    return o * np.tanh(c), c
