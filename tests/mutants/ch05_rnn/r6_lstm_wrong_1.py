# target: ch05_lstm
# kind: mutant
# why: breaks 5.2b: updates a float64 c_prev in place (c *= f; c += i * g), so a given initial cell state is modified
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    x_t, h_prev = np.asarray(x_t, np.float64), np.asarray(h_prev, np.float64)
    z = x_t @ np.asarray(W, np.float64) + h_prev @ np.asarray(U, np.float64) + np.asarray(b, np.float64)
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = np.asarray(c_prev, np.float64)
    c *= f
    c += i * g
    return o * np.tanh(c), c
