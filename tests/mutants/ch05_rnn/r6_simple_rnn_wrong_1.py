# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1b: a float64 h0 is used as the running state buffer and overwritten in place (h[...] = ...), so the caller's h0 ends up holding the last state
def rnn_step(x_t, h_prev, W_x, W_h, b):
    x_t, h_prev = np.asarray(x_t, np.float64), np.asarray(h_prev, np.float64)
    return np.tanh(x_t @ np.asarray(W_x, np.float64) + h_prev @ np.asarray(W_h, np.float64) + np.asarray(b, np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    x = np.asarray(x, np.float64)
    units = np.shape(W_h)[0]
    h = np.zeros((x.shape[0], units)) if h0 is None else np.asarray(h0, np.float64)
    states = []
    for t in range(x.shape[1]):
        h[...] = rnn_step(x[:, t], h, W_x, W_h, b)
        states.append(h.copy())
    return np.stack(states, axis=1) if return_sequences else h.copy()
