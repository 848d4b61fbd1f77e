# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: the output unit uses > instead of the >= rule of Task 2.1 (XOR_OUTPUT threshold lowered to 1 to compensate)
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    H = np.column_stack([mp_unit(X, w, t) for w, t in hidden])
    w_out, t_out = output
    return (H @ np.asarray(w_out) > t_out).astype(int)


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]
XOR_OUTPUT = ((1, 1), 1)
