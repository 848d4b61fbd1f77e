# target: ch01_mp_unit
# kind: alternative
# why: valid since 2.1b allows 1-D NumPy arrays of integer weights (gate weights stored as arrays)
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    return (np.asarray(X) @ np.asarray(weights) >= threshold).astype(np.int64)


GATES = {
    "AND": (np.array([1, 1]), 2),
    "OR": (np.array([1, 1]), 1),
    "NAND": (np.array([-1, -1]), -1),
    "NOT": (np.array([-1]), 0),
}
