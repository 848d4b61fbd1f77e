# target: ch01_mp_unit
# kind: alternative
# why: valid: returns a boolean array (allowed) from np.dot without copying or touching X; gate values are NumPy int64 inside lists, OR uses weights (2, 2) >= 1
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    return np.dot(X, np.array(weights, dtype=np.int64)) >= threshold


GATES = dict(
    AND=[[np.int64(1), np.int64(1)], np.int64(2)],
    OR=[[np.int64(2), np.int64(2)], np.int64(1)],
    NAND=[[np.int64(-1), np.int64(-1)], np.int64(-1)],
    NOT=[[np.int64(-3)], np.int64(-2)],
)
