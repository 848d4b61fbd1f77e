# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: "hidden is a list of one or more pairs" - squeezing the hidden layer makes a single hidden unit collapse to shape (batch,), which then fails against the one output weight
def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.column_stack([(X @ np.asarray(w) >= t).astype(np.int64) for w, t in hidden]).squeeze()
    w_out, t_out = output
    return (H @ np.asarray(w_out) >= t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 2)
