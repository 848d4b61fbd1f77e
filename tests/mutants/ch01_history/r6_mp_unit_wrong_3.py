# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1b: the thresholds are non-integer floats (1.5, 0.5, -1.5, -0.5); they still compute the gates under >=
def mp_unit(X, weights, threshold):
    s = np.asarray(X) @ np.asarray(weights)
    return (s >= threshold).astype(np.int64)


GATES = {
    "AND": ((1, 1), 1.5),
    "OR": ((1, 1), 0.5),
    "NAND": ((-1, -1), -1.5),
    "NOT": ((-1,), -0.5),
}
