# target: ch01_mp_unit
# kind: alternative
# why: valid: returns a boolean array (allowed by 2.1a), never writes to X, uses NumPy-int weight arrays / NumPy-int thresholds and different (still correct) weights, inhibitory NOT, plus a helper and a debug print
def weighted_sum(X, weights):
    X = np.asarray(X)
    w = np.asarray(weights, dtype=np.int64)
    return np.einsum("bn,n->b", X, w)


def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: True where X @ weights >= threshold."""
    s = weighted_sum(X, weights)
    return np.greater_equal(s, threshold)


GATES = dict(
    AND=(np.array([2, 2], dtype=np.int32), np.int64(3)),
    OR=([3, 3], np.int32(2)),
    NAND=(np.array([-2, -2]), np.int64(-3)),
    NOT=(np.array([-5]), np.int16(-2)),
)
print("gates:", sorted(GATES))
