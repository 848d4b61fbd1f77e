# target: ch01_mp_unit
# kind: mutant
# affects: ch01_xor_net
# why: fires only when the sum is strictly greater than the threshold
def mp_unit(X, weights, threshold):
    return (np.asarray(X) @ np.asarray(weights) > threshold).astype(np.int64)


GATES = {"AND": ((1, 1), 2), "OR": ((1, 1), 1), "NAND": ((-1, -1), -1), "NOT": ((-1,), 0)}
