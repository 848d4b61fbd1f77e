# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1b shapes: np.squeeze drops the batch axis for a batch of 1 (and the time axis for T == 1)
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    z = np.asarray(x_t, float) @ np.asarray(W_x, float) + np.asarray(h_prev, float) @ np.asarray(W_h, float)
    return np.tanh(z + np.asarray(b, float))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = np.asarray(x, dtype=float)
    units = np.shape(W_h)[0]
    h = np.zeros((x.shape[0], units)) if h0 is None else np.asarray(h0, float)
    hs = []
    for t in range(x.shape[1]):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        hs.append(h)
    if return_sequences:
        return np.array(hs).transpose(1, 0, 2).squeeze()
    return h.squeeze()
