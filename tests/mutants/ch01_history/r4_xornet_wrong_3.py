# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: unpacks every pair as (threshold, weights) instead of (weights, threshold); XOR_HIDDEN/XOR_OUTPUT are written in the same swapped order so the visible XOR check passes
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    X = np.asarray(X)
    cols = []
    for threshold, weights in hidden:
        cols.append((X @ np.asarray(weights) >= threshold).astype(int))
    H = np.array(cols).T
    out_threshold, out_weights = output
    return (H @ np.asarray(out_weights) >= out_threshold).astype(int)


XOR_HIDDEN = [(1, (1, 1)), (-1, (-1, -1))]
XOR_OUTPUT = (2, (1, 1))
