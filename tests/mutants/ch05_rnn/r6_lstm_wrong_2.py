# target: ch05_lstm
# kind: mutant
# why: breaks 5.2b (saturated gates): clips gate pre-activations to [-20, 20] "against overflow", so a saturated gate is off by up to 2e-9, more than the 1e-9 relative tolerance
def sigmoid(z):
    return 1.0 / (1.0 + np.exp(-np.clip(z, -20.0, 20.0)))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    x_t, h_prev, c_prev = (np.asarray(a, np.float64) for a in (x_t, h_prev, c_prev))
    z = x_t @ np.asarray(W, np.float64) + h_prev @ np.asarray(U, np.float64) + np.asarray(b, np.float64)
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    i, f, g, o = sigmoid(z_i), sigmoid(z_f), np.tanh(z_c), sigmoid(z_o)
    c = f * c_prev + i * g
    return o * np.tanh(c), c
