# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: np.squeeze on the result, so a batch of one row returns shape () instead of (1,)
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    W = np.array([w for w, _ in hidden]).T            # (n_inputs, n_hidden)
    T = np.array([t for _, t in hidden])
    H = (np.asarray(X) @ W >= T).astype(int)
    out = H @ np.array(output[0]).reshape(-1, 1) >= output[1]
    return np.squeeze(out).astype(int)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
