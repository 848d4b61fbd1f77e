# target: ch01_xor_net
# kind: alternative
# why: reuses mp_unit from Task 2.1 and builds XOR as (x1 AND NOT x2) OR (NOT x1 AND x2)
def two_layer(X, hidden, output):
    H = np.column_stack([mp_unit(X, w, t) for w, t in hidden])
    return mp_unit(H, *output)


XOR_HIDDEN = [((1, -1), 1), ((-1, 1), 1)]
XOR_OUTPUT = ((1, 1), 1)
