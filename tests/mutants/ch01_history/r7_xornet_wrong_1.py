# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: "any n_inputs >= 1 must work" - the weighted sum is written out for exactly two inputs (IndexError for 1 input, third and later inputs silently ignored)
def unit(X, weights, threshold):
    X = np.asarray(X)
    s = X[:, 0] * weights[0] + X[:, 1] * weights[1]
    return (s >= threshold).astype(np.int64)


def two_layer(X, hidden, output):
    H = np.column_stack([unit(X, w, t) for w, t in hidden])
    if H.shape[1] == 1:
        s = H[:, 0] * output[0][0]
        return (s >= output[1]).astype(np.int64)
    return unit(H, output[0], output[1])


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
