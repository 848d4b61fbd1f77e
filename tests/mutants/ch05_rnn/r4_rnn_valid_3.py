# target: ch05_simple_rnn
# kind: alternative
# why: valid: writes the recurrence inline instead of calling rnn_step (the text only recommends calling it)
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    return np.tanh(np.asarray(x_t, np.float64) @ np.asarray(W_x, np.float64)
                   + np.asarray(h_prev, np.float64) @ np.asarray(W_h, np.float64) + np.asarray(b, np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = np.asarray(x, np.float64)
    W_x, W_h, b = np.asarray(W_x, np.float64), np.asarray(W_h, np.float64), np.asarray(b, np.float64)
    h = np.zeros((x.shape[0], W_h.shape[0])) if h0 is None else np.asarray(h0, np.float64)
    xw = x @ W_x + b  # input part of every step at once
    out = []
    for t in range(x.shape[1]):
        h = np.tanh(xw[:, t] + h @ W_h)
        out.append(h)
    return np.stack(out, axis=1) if return_sequences else h
