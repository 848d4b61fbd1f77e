# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: returns a float array (hidden and output computed with np.heaviside), not an integer or boolean array
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    X = np.asarray(X, dtype=float)
    H = np.stack([np.heaviside(X @ np.asarray(w, dtype=float) - t, 1.0) for w, t in hidden], axis=1)
    return np.heaviside(H @ np.asarray(output[0], dtype=float) - output[1], 1.0)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
