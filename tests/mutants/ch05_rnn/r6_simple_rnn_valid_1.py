# target: ch05_simple_rnn
# kind: alternative
# why: valid: rnn_forward does not call rnn_step; it precomputes x W_x + b for all steps with np.einsum, loops over time, and returns np.stack of states (float64, inputs untouched)
def rnn_step(x_t, h_prev, W_x, W_h, b):
    pre = np.add(np.dot(np.asarray(x_t, dtype=np.float64), np.asarray(W_x, dtype=np.float64)),
                 np.dot(np.asarray(h_prev, dtype=np.float64), np.asarray(W_h, dtype=np.float64)))
    return np.tanh(pre + np.asarray(b, dtype=np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    x64 = np.asarray(x, dtype=np.float64)
    W_h64 = np.asarray(W_h, dtype=np.float64)
    inputs = np.einsum("bti,iu->btu", x64, np.asarray(W_x, dtype=np.float64)) + np.asarray(b, dtype=np.float64)
    h = np.zeros((x64.shape[0], W_h64.shape[0])) if h0 is None else np.array(h0, dtype=np.float64)
    history = []
    for step_input in np.moveaxis(inputs, 1, 0):
        h = np.tanh(step_input + h @ W_h64)
        history.append(h)
    return np.stack(history, axis=1) if return_sequences else history[-1]
