# target: ch01_xor_net
# kind: mutant
# why: forgets the hidden threshold and passes weighted sums to the output unit
def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.stack([X @ np.asarray(w) for w, t in hidden], axis=1)
    w_out, t_out = output
    return (H @ np.asarray(w_out) >= t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 0)
