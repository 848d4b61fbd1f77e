# target: ch05_simple_rnn
# kind: alternative
# why: einsum-based step, private helper for float64 casting, time-major iteration then np.moveaxis back; mathematically identical
def to_f64(a):
    return np.asarray(a).astype(np.float64)


def rnn_step(x_t, h_prev, W_x, W_h, b):
    """One step of a tanh recurrent cell."""
    z = np.einsum("bi,iu->bu", to_f64(x_t), to_f64(W_x)) + np.einsum("bv,vu->bu", to_f64(h_prev), to_f64(W_h)) + to_f64(b)[None, :]
    return np.tanh(z)


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    """Run the cell over x of shape (batch, T, n_in); last state or all states."""
    x = to_f64(x)
    time_major = np.moveaxis(x, 1, 0)           # (T, batch, n_in)
    h = np.zeros((x.shape[0], np.shape(W_h)[-1])) if h0 is None else to_f64(h0)
    states = []
    for x_t in time_major:
        h = rnn_step(x_t, h, W_x, W_h, b)
        states.append(h)
    if not return_sequences:
        return states[-1]
    return np.moveaxis(np.array(states), 0, 1)
