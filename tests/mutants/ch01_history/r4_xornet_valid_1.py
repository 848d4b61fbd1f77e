# target: ch01_xor_net
# kind: alternative
# why: valid: reuses mp_unit per hidden unit, stacks columns, debug prints of shapes; standard OR/NAND -> AND construction
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    columns = []
    for weights, threshold in hidden:
        columns.append(np.asarray(mp_unit(X, weights, threshold)).astype(np.int64))
    H = np.stack(columns, axis=1)
    print("hidden layer:", H.shape, H.dtype)
    out_weights, out_threshold = output
    return np.asarray(mp_unit(H, out_weights, out_threshold)).astype(np.int64)


XOR_HIDDEN = [([1, 1], 1), ([-1, -1], -1)]
XOR_OUTPUT = ([1, 1], 2)
