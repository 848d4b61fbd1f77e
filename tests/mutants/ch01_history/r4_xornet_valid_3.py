# target: ch01_xor_net
# kind: alternative
# why: valid: row-by-row Python loops with a helper unit function; XOR as OR with an inhibitory AND unit (output weights 1, -2, threshold 1)
def fire(inputs, weights, threshold):
    return 1 if sum(w * x for w, x in zip(weights, inputs)) >= threshold else 0


def two_layer(X, hidden, output):
    """A layer of threshold units followed by one output threshold unit."""
    result = []
    for row in np.asarray(X):
        h = [fire(row, w, t) for w, t in hidden]
        result.append(fire(h, output[0], output[1]))
    return np.array(result, dtype=int)


XOR_HIDDEN = [((1, 1), 1), ((1, 1), 2)]   # OR, AND
XOR_OUTPUT = ((1, -2), 1)                  # OR and not AND
