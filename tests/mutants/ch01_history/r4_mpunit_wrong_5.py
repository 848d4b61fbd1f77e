# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1b: thresholds are floats halfway between sums (1.5, 0.5, -1.5, -0.5), not integers
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    return (np.asarray(X) @ np.asarray(weights) >= threshold).astype(np.int64)


GATES = {
    "AND": ([1, 1], 1.5),
    "OR": ([1, 1], 0.5),
    "NAND": ([-1, -1], -1.5),
    "NOT": ([-1], -0.5),
}
