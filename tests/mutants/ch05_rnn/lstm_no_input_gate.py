# target: ch05_lstm
# kind: mutant
# why: writes the candidate without the input gate
def lstm_step(x_t, h_prev, c_prev, W, U, b):
    def sigmoid(z):
        return 1.0 / (1.0 + np.exp(-z))

    x_t, h_prev, c_prev = (np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, c_prev))
    z = x_t @ np.asarray(W, dtype=np.float64) + h_prev @ np.asarray(U, dtype=np.float64) + np.asarray(b, dtype=np.float64)
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    c_t = sigmoid(z_f) * c_prev + np.tanh(z_c)
    h_t = sigmoid(z_o) * np.tanh(c_t)
    return h_t, c_t
