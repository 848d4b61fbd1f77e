# target: ch05_lstm
# kind: mutant
# why: breaks 5.2b "saturated gates included": clipping pre-activations to [-15, 15] "to avoid overflow" changes saturated gates
def sigmoid(z):
    z = np.clip(z, -15.0, 15.0)
    return 1.0 / (1.0 + np.exp(-z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    x_t, h_prev, c_prev = (np.asarray(a, dtype=np.float64) for a in (x_t, h_prev, c_prev))
    W, U, b = (np.asarray(a, dtype=np.float64) for a in (W, U, b))
    z = x_t @ W + h_prev @ U + b
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=1)
    i, f, o = sigmoid(z_i), sigmoid(z_f), sigmoid(z_o)
    g = np.tanh(z_c)
    c_t = f * c_prev + i * g
    h_t = o * np.tanh(c_t)
    return h_t, c_t
