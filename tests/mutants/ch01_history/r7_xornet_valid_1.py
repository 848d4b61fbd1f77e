# target: ch01_xor_net
# kind: alternative
# why: valid: XOR as "OR and not AND" with an inhibitory output weight, NumPy arrays / NumPy ints in the pairs, hidden layer built as a (n_hidden, n_inputs) weight matrix, returns a boolean array, X never modified
def layer_params(pairs):
    W = np.array([np.asarray(w) for w, _ in pairs])   # (units, inputs)
    t = np.array([th for _, th in pairs])            # (units,)
    return W, t


def two_layer(X, hidden, output):
    X = np.asarray(X)
    W, t = layer_params(hidden)
    H = (X @ W.T >= t).astype(np.int64)          # (batch, units)
    w_out = np.asarray(output[0])
    return H @ w_out >= output[1]                 # boolean (batch,)


XOR_HIDDEN = [(np.array([1, 1]), np.int64(1)),   # OR
              (np.array([1, 1]), np.int64(2))]   # AND
XOR_OUTPUT = (np.array([1, -1]), np.int64(1))    # OR and not AND
