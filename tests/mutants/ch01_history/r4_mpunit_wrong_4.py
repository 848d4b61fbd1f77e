# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: only handles n = 1 or n = 2 inputs (hard-coded columns), so any n >= 3 silently ignores the extra inputs
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    X = np.asarray(X)
    if X.shape[1] == 1:
        s = X[:, 0] * weights[0]
    else:
        s = X[:, 0] * weights[0] + X[:, 1] * weights[1]
    return (s >= threshold).astype(np.int64)


GATES = {
    "AND": ([1, 1], 2),
    "OR": ([1, 1], 1),
    "NAND": ([-1, -1], -1),
    "NOT": ([-1], 0),
}
