# target: ch05_lstm
# kind: alternative
# why: reshapes the pre-activations to (batch, 4, units), sigmoid written as exp(-logaddexp(0, -z)); debug print of shapes
GATES = ("i", "f", "c", "o")


def stable_sigmoid(z):
    return np.exp(-np.logaddexp(0.0, -z))


def lstm_step(x_t, h_prev, c_prev, W, U, b):
    """One LSTM step with Keras's gate order (i, f, c, o); returns (h_t, c_t)."""
    x_t, h_prev, c_prev, W, U, b = [np.asarray(a).astype("float64") for a in (x_t, h_prev, c_prev, W, U, b)]
    units = c_prev.shape[-1]
    z = (np.dot(x_t, W) + np.dot(h_prev, U) + b).reshape(-1, 4, units)
    print("z blocks:", z.shape, type(z))
    gate = {name: z[:, k, :] for k, name in enumerate(GATES)}
    i, f, o = stable_sigmoid(gate["i"]), stable_sigmoid(gate["f"]), stable_sigmoid(gate["o"])
    candidate = np.tanh(gate["c"])
    c_t = c_prev * f + candidate * i
    h_t = np.tanh(c_t) * o
    return h_t, c_t
