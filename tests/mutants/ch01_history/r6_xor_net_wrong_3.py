# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: returns a float64 array of 0.0/1.0 instead of an integer or boolean array
def two_layer(X, hidden, output):
    X = np.asarray(X, dtype=np.float64)
    H = np.stack([np.heaviside(X @ np.asarray(w, float) - t, 1.0) for w, t in hidden], axis=1)
    w_out, t_out = output
    return np.heaviside(H @ np.asarray(w_out, float) - t_out, 1.0)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]  # OR, NAND
XOR_OUTPUT = ((1, 1), 2)  # AND
