# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: the output unit ignores its weights and just counts active hidden units (H.sum(axis=1) >= theta); works only because XOR_OUTPUT's weights are all 1
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    X = np.asarray(X)
    H = np.stack([(X @ np.asarray(w) >= t).astype(int) for w, t in hidden], axis=1)
    out_threshold = output[1]
    return (H.sum(axis=1) >= out_threshold).astype(int)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
