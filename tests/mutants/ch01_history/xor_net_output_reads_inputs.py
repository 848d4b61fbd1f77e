# target: ch01_xor_net
# kind: mutant
# why: the output unit reads the raw inputs instead of the hidden layer
def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.stack([(X @ np.asarray(w) >= t).astype(np.int64) for w, t in hidden], axis=1)
    w_out, t_out = output
    return (X[:, : len(w_out)] @ np.asarray(w_out) >= t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
