# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1b "starting from h0": `h0 or zeros` raises on any given h0 with more than one element
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    x_t = np.array(x_t, dtype=np.float64)
    h_prev = np.array(h_prev, dtype=np.float64)
    return np.tanh(x_t @ np.array(W_x, dtype=np.float64) + h_prev @ np.array(W_h, dtype=np.float64)
                   + np.array(b, dtype=np.float64))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = np.array(x, dtype=np.float64)
    h = h0 or np.zeros((x.shape[0], np.shape(W_h)[0]))
    all_h = []
    for t in range(x.shape[1]):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        all_h.append(h)
    if return_sequences:
        return np.stack(all_h, axis=1)
    return h
