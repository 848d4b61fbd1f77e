# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1b: ignores h0 and always starts from zeros
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    x_t, h_prev = np.asarray(x_t, np.float64), np.asarray(h_prev, np.float64)
    W_x, W_h, b = np.asarray(W_x, np.float64), np.asarray(W_h, np.float64), np.asarray(b, np.float64)
    return np.tanh(x_t @ W_x + h_prev @ W_h + b)


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = np.asarray(x, np.float64)
    batch, T, _ = x.shape
    h = np.zeros((batch, np.shape(W_h)[0]))
    states = []
    for t in range(T):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        states.append(h)
    if return_sequences:
        return np.stack(states, axis=1)
    return h
