# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: multiplies X by the weights in place (X *= weights), so the caller's X is modified ("X is left unchanged")
def mp_unit(X, weights, threshold):
    X = np.asarray(X)
    X *= np.asarray(weights, dtype=X.dtype)  # weighted inputs, computed in place
    return (X.sum(axis=1) >= threshold).astype(np.int64)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": ((-1,), 0),
}
