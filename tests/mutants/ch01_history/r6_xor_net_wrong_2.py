# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: the output unit fires on a strict > threshold (hidden units use >=); XOR_OUTPUT ((2, 2), 3) hides it on XOR
def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.stack([(X @ np.asarray(w) >= t) for w, t in hidden], axis=1).astype(np.int64)
    w_out, t_out = output
    return (H @ np.asarray(w_out) > t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]  # OR, NAND
XOR_OUTPUT = ((2, 2), 3)  # AND
