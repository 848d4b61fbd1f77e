# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1a: computes the step in the inputs' own dtype and only casts the result, so float32 inputs are computed in float32 (about 1e-7 relative error), not float64
def rnn_step(x_t, h_prev, W_x, W_h, b):
    return np.tanh(np.asarray(x_t) @ np.asarray(W_x) + np.asarray(h_prev) @ np.asarray(W_h) + np.asarray(b)).astype(np.float64)


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    x = np.asarray(x)
    units = np.shape(W_h)[0]
    h = np.zeros((x.shape[0], units), dtype=x.dtype) if h0 is None else np.asarray(h0)
    states = []
    for t in range(x.shape[1]):
        h = rnn_step(x[:, t], h.astype(x.dtype), W_x, W_h, b)
        states.append(h)
    return np.stack(states, axis=1) if return_sequences else h
