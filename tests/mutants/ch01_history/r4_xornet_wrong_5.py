# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: hard-codes two input columns (X[:, 0] and X[:, 1]) in the hidden layer, so n_inputs = 1 crashes and n_inputs >= 3 ignores inputs
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    H = []
    for (w1, w2, *rest), t in hidden:
        H.append((w1 * X[:, 0] + w2 * X[:, 1] >= t).astype(int))
    H = np.stack(H, axis=1)
    return (H @ np.asarray(output[0]) >= output[1]).astype(int)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
