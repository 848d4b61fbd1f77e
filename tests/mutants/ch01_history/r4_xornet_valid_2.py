# target: ch01_xor_net
# kind: alternative
# why: valid: self-contained matrix version returning a boolean array; different XOR construction (x1 AND NOT x2, x2 AND NOT x1, then OR)
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    X = np.asarray(X)
    W = np.array([list(w) for w, _ in hidden], dtype=np.int64).reshape(len(hidden), -1).T   # (n_inputs, n_hidden)
    theta = np.array([t for _, t in hidden])
    H = (X @ W >= theta).astype(np.int64)                              # (batch, n_hidden)
    w_out = np.array(output[0], dtype=np.int64).reshape(-1)
    return H @ w_out >= output[1]


XOR_HIDDEN = [((1, -1), 1), ((-1, 1), 1)]
XOR_OUTPUT = ((1, 1), 1)
