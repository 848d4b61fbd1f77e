# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1a/5.1b "compute and return float64": float32 inputs give a float32 result
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    return np.tanh(np.dot(x_t, W_x) + np.dot(h_prev, W_h) + b)


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    batch, T = x.shape[0], x.shape[1]
    units = W_h.shape[0]
    h = np.zeros((batch, units), dtype=x.dtype) if h0 is None else h0
    outputs = []
    for t in range(T):
        h = rnn_step(x[:, t, :], h, W_x, W_h, b)
        outputs.append(h)
    if return_sequences:
        return np.stack(outputs, axis=1)
    return h
