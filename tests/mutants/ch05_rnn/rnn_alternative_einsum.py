# target: ch05_simple_rnn
# kind: alternative
# why: einsum and a preallocated array of states; prints the shapes it sees
def rnn_step(x_t, h_prev, W_x, W_h, b):
    pre = np.einsum("bi,iu->bu", np.float64(x_t), np.float64(W_x)) + np.einsum("bu,uv->bv", np.float64(h_prev), np.float64(W_h))
    return np.tanh(pre + np.float64(b))


def rnn_forward(x, W_x, W_h, b, h0=None, return_sequences=False):
    x = np.array(x, dtype=np.float64)
    batch, steps, _ = x.shape
    units = np.shape(W_x)[1]
    print(f"rnn_forward: batch {batch}, {steps} steps, {units} units")
    states = np.empty((batch, steps, units))
    h = np.zeros((batch, units)) if h0 is None else np.array(h0, dtype=np.float64)
    for t in range(steps):
        h = states[:, t] = rnn_step(x[:, t, :], h, W_x, W_h, b)
    return states if return_sequences else states[:, -1]
