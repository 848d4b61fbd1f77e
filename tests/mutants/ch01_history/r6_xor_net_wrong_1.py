# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: each hidden unit only reads the first two input columns, so n_inputs = 1 fails and n_inputs >= 3 ignores inputs
def unit(X, weights, threshold):
    return (X[:, 0] * weights[0] + X[:, 1] * weights[1] >= threshold).astype(np.int64)


def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.stack([unit(X, w, t) for w, t in hidden], axis=1)
    w_out, t_out = output
    return (H @ np.asarray(w_out) >= t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]  # OR, NAND
XOR_OUTPUT = ((1, 1), 2)  # AND
