# target: ch05_simple_rnn
# kind: alternative
# why: explicit loops over batch rows and units with np.dot, preallocated float64 buffers, debug prints; same recurrence
def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    x_t = np.asarray(x_t, dtype=np.float64)
    h_prev = np.asarray(h_prev, dtype=np.float64)
    W_x = np.asarray(W_x, dtype=np.float64)
    W_h = np.asarray(W_h, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    batch, units = x_t.shape[0], W_h.shape[1]
    h_new = np.zeros((batch, units), dtype=np.float64)
    for i in range(batch):
        for j in range(units):
            pre = np.dot(x_t[i], W_x[:, j]) + np.dot(h_prev[i], W_h[:, j]) + b[j]
            h_new[i, j] = np.tanh(pre)
    return h_new


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = np.asarray(x, dtype=np.float64)
    print("x:", type(x), x.shape, x.dtype)
    batch, T, n_in = x.shape
    units = np.asarray(W_h).shape[0]
    if h0 is None:
        h = np.zeros((batch, units))
    else:
        h = np.array(h0, dtype=np.float64)  # copy, so h0 stays as it was
    history = np.empty((batch, T, units), dtype=np.float64)
    for t in range(T):
        h = rnn_step(x[:, t, :], h, W_x, W_h, b)
        history[:, t, :] = h
    print("states:", history.shape)
    if return_sequences:
        return history
    else:
        return h
