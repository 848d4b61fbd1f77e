# target: ch05_lstm
# kind: mutant
# why: breaks 5.2b: adds the "forget bias of 1" by hand on top of b (Keras only initialises b_f to 1; it is already inside b)
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    c_prev = np.asarray(c_prev, dtype=np.float64)
    z = x_t @ np.asarray(W, dtype=np.float64) + h_prev @ np.asarray(U, dtype=np.float64) + np.asarray(b, dtype=np.float64)
    u = h_prev.shape[1]
    i = sigmoid(z[:, 0:u])
    f = sigmoid(z[:, u:2 * u] + 1.0)  # unit forget bias
    g = np.tanh(z[:, 2 * u:3 * u])
    o = sigmoid(z[:, 3 * u:4 * u])
    c_t = f * c_prev + i * g
    return o * np.tanh(c_t), c_t
