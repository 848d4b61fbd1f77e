# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1b: the all-states array is preallocated with np.empty_like(x, ...), so it inherits x's dtype: float32 x gives a float32 sequence output (the last state is still float64)
def rnn_step(x_t, h_prev, W_x, W_h, b):
    return np.tanh(np.asarray(x_t, np.float64) @ np.asarray(W_x, np.float64)
                   + np.asarray(h_prev, np.float64) @ np.asarray(W_h, np.float64) + np.asarray(b, np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    batch, T = np.shape(x)[:2]
    units = np.shape(W_h)[0]
    h = np.zeros((batch, units)) if h0 is None else np.asarray(h0, np.float64)
    states = np.empty_like(x, shape=(batch, T, units))
    for t in range(T):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        states[:, t] = h
    return states if return_sequences else h
