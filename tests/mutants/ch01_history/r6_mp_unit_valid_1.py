# target: ch01_mp_unit
# kind: alternative
# why: valid: explicit row loop with Python ints, returns a boolean array (allowed); GATES uses 1-D NumPy int arrays, NumPy integer thresholds and other (still correct) weights
def weighted_sum(row, weights):
    return sum(int(w) * int(v) for w, v in zip(weights, row))


def mp_unit(X, weights, threshold):
    X = np.asarray(X)
    out = np.array([weighted_sum(row, weights) >= threshold for row in X], dtype=bool)
    print("mp_unit:", X.shape, "->", out.shape)
    return out


GATES = dict(
    AND=(np.array([2, 2]), np.int64(3)),
    OR=([3, 3], np.int32(2)),
    NAND=(np.array([-2, -2], dtype=np.int32), -3),
    NOT=(np.array([-5]), np.int64(-4)),
)
