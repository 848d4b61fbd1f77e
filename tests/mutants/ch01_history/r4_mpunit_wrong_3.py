# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: returns a float64 array (np.where with 1.0/0.0), not an integer (or boolean) array
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    weighted_sum = np.dot(X, weights)
    return np.where(weighted_sum >= threshold, 1.0, 0.0)


GATES = {
    "AND": ([1, 1], 2),
    "OR": ([1, 1], 1),
    "NAND": ([-1, -1], -1),
    "NOT": ([-1], 0),
}
