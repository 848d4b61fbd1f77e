# target: ch01_mp_unit
# kind: mutant
# why: NAND threshold off by one: fires for every input, including 11
def mp_unit(X, weights, threshold):
    return (np.asarray(X) @ np.asarray(weights) >= threshold).astype(np.int64)


GATES = {"AND": ((1, 1), 2), "OR": ((1, 1), 1), "NAND": ((-1, -1), -2), "NOT": ((-1,), 0)}
