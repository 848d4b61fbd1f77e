# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a (and 2.1c): uses > instead of >=, so a row whose sum equals the threshold does not fire; gate thresholds shifted down by one so the visible truth tables still pass
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    X = np.asarray(X)
    w = np.asarray(weights)
    s = X @ w
    return (s > threshold).astype(int)


GATES = {
    "AND": ([1, 1], 1),
    "OR": ([1, 1], 0),
    "NAND": ([-1, -1], -2),
    "NOT": ([-1], -1),
}
