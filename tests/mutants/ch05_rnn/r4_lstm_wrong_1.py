# target: ch05_lstm
# kind: mutant
# why: breaks 5.2a: no float64 conversion, so float32 inputs give float32 (h_t, c_t)
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    z = x_t @ W + h_prev @ U + b
    units = U.shape[0]
    i = sigmoid(z[:, :units])
    f = sigmoid(z[:, units:2 * units])
    g = np.tanh(z[:, 2 * units:3 * units])
    o = sigmoid(z[:, 3 * units:])
    c_t = f * c_prev + i * g
    h_t = o * np.tanh(c_t)
    return h_t, c_t
