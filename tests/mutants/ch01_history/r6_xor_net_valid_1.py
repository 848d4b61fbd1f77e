# target: ch01_xor_net
# kind: alternative
# why: valid: reuses mp_unit-style helper, returns a boolean array (allowed), XOR built as (x1 AND NOT x2) OR (x2 AND NOT x1) with NumPy arrays and NumPy ints
def threshold_layer(X, units):
    """Outputs (batch, n_units) of 0/1 for a list of (weights, threshold) pairs."""
    W = np.array([np.asarray(w, dtype=np.int64) for w, _ in units]).T  # (n_in, n_units)
    T = np.array([t for _, t in units])
    return (np.asarray(X) @ W >= T).astype(np.int64)


def two_layer(X, hidden, output):
    H = threshold_layer(X, list(hidden))
    return threshold_layer(H, [output])[:, 0].astype(bool)


XOR_HIDDEN = [(np.array([1, -1]), np.int64(1)), (np.array([-1, 1]), np.int64(1))]
XOR_OUTPUT = (np.array([1, 1]), np.int64(1))
