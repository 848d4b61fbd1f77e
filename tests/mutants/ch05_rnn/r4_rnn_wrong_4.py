# target: ch05_simple_rnn
# kind: mutant
# why: breaks 5.1a/5.1b "compute float64": computes in the inputs' dtype (float32 stays float32) and only casts the result
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    h = np.tanh(x_t @ W_x + h_prev.astype(x_t.dtype) @ W_h + b)
    return h.astype(np.float64)


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    batch, T, n_in = x.shape
    units = W_h.shape[1]
    h = np.zeros((batch, units), dtype=x.dtype) if h0 is None else h0.astype(x.dtype)
    seq = np.zeros((batch, T, units))
    for t in range(T):
        h = rnn_step(x[:, t], h, W_x, W_h, b)
        seq[:, t] = h
    return seq if return_sequences else h
