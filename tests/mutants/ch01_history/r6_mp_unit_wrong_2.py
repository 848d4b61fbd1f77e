# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: returns a float64 array of 0.0/1.0 instead of an integer (or boolean) array
def mp_unit(X, weights, threshold):
    s = np.asarray(X) @ np.asarray(weights)
    return np.where(s >= threshold, 1.0, 0.0)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": ((-1,), 0),
}
