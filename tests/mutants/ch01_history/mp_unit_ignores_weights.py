# target: ch01_mp_unit
# kind: mutant
# why: counts active inputs and forgets the weights (inhibition has no effect)
def mp_unit(X, weights, threshold):
    return (np.asarray(X).sum(axis=1) >= threshold).astype(np.int64)


GATES = {"AND": ((1, 1), 2), "OR": ((1, 1), 1), "NAND": ((-1, -1), -1), "NOT": ((-1,), 0)}
