# target: ch01_xor_net
# kind: mutant
# why: breaks 3.2a: only ever uses hidden[0] and hidden[1] (hard-coded two hidden units), so one hidden unit crashes and a third is ignored
def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    h1 = mp_unit(X, hidden[0][0], hidden[0][1])
    h2 = mp_unit(X, hidden[1][0], hidden[1][1])
    H = np.column_stack([h1, h2]).astype(int)
    return mp_unit(H, output[0], output[1])


XOR_HIDDEN = [((1, 1), 1), ((-1, -1), -1)]   # OR, NAND
XOR_OUTPUT = ((1, 1), 2)                      # AND
