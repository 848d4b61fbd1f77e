# target: ch05_lstm
# kind: mutant
# why: breaks 5.2a: updates c_prev in place (keeping its dtype, float32 stays float32) and returns it, which also overwrites the caller's given state
def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    z = np.asarray(x_t, np.float64) @ np.asarray(W, np.float64) + np.asarray(h_prev, np.float64) @ np.asarray(U, np.float64) \
        + np.asarray(b, np.float64)
    n = z.shape[1] // 4
    sig = lambda v: 1 / (1 + np.exp(-v))
    i, f, g, o = sig(z[:, :n]), sig(z[:, n:2 * n]), np.tanh(z[:, 2 * n:3 * n]), sig(z[:, 3 * n:])
    c_prev *= f
    c_prev += i * g
    h_t = o * np.tanh(c_prev)
    return h_t, c_prev
