# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: the output unit must use the ">= threshold" rule of Task 2.1 - it uses ">"; XOR_OUTPUT is chosen so that no output sum ever equals its threshold, hiding the bug on XOR
def two_layer(X, hidden, output):
    X = np.asarray(X)
    H = np.column_stack([(X @ np.asarray(w) >= t).astype(np.int64) for w, t in hidden])
    w_out, t_out = output
    return (H @ np.asarray(w_out) > t_out).astype(np.int64)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((2, 2), 3)
