# target: ch05_lstm
# kind: mutant
# why: breaks 5.2a shapes: np.squeeze on the pre-activations drops the batch axis for a batch of 1 (returns (units,) not (1, units))
def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    z = np.squeeze(np.asarray(x_t, np.float64) @ np.asarray(W, np.float64)
                   + np.asarray(h_prev, np.float64) @ np.asarray(U, np.float64) + np.asarray(b, np.float64))
    c_prev = np.squeeze(np.asarray(c_prev, np.float64))
    z_i, z_f, z_c, z_o = np.split(z, 4, axis=-1)
    sig = lambda v: 0.5 * (1.0 + np.tanh(0.5 * v))
    c_t = sig(z_f) * c_prev + sig(z_i) * np.tanh(z_c)
    h_t = sig(z_o) * np.tanh(c_t)
    return h_t, c_t
