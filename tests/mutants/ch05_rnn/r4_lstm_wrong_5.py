# target: ch05_lstm
# kind: mutant
# why: breaks 5.2b gate order: reads the blocks as i, f, o, c instead of Keras's i, f, c, o
def sigmoid(z):
    return np.where(z >= 0, 1 / (1 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1 + np.exp(-np.abs(z))))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    x_t, h_prev, c_prev = np.float64(x_t), np.float64(h_prev), np.float64(c_prev)
    z = x_t @ np.float64(W) + h_prev @ np.float64(U) + np.float64(b)
    z_i, z_f, z_o, z_c = np.split(z, 4, axis=1)
    c_t = sigmoid(z_f) * c_prev + sigmoid(z_i) * np.tanh(z_c)
    h_t = sigmoid(z_o) * np.tanh(c_t)
    return h_t, c_t
