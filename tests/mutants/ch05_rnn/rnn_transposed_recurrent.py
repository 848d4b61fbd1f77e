# target: ch05_simple_rnn
# kind: mutant
# why: multiplies the state by the transposed recurrent kernel
def rnn_step(x_t, h_prev, W_x, W_h, b):
    x_t, h_prev = np.asarray(x_t, dtype=np.float64), np.asarray(h_prev, dtype=np.float64)
    return np.tanh(x_t @ np.asarray(W_x, dtype=np.float64) + h_prev @ np.asarray(W_h, dtype=np.float64).T
                   + np.asarray(b, dtype=np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    x = np.asarray(x, dtype=np.float64)
    h = np.zeros((x.shape[0], np.shape(W_h)[0])) if h0 is None else np.asarray(h0, dtype=np.float64)
    states = []
    for t in range(x.shape[1]):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        states.append(h)
    return np.stack(states, axis=1) if return_sequences else h
