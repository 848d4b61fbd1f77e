# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: weights are reshaped to a column and the result is np.squeeze-d, so a batch of one row gives shape () instead of (1,)
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    w = np.array(weights).reshape(-1, 1)
    s = np.squeeze(np.asarray(X) @ w)
    return (s >= threshold).astype(int)


GATES = {
    "AND": ([1, 1], 2),
    "OR": ([1, 1], 1),
    "NAND": ([-1, -1], -1),
    "NOT": ([-1], 0),
}
