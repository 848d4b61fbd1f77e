# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: output shape (batch,) for any batch >= 1 - squeeze turns a one-row X into a 0-d array of shape ()
def mp_unit(X, weights, threshold):
    X = np.asarray(X)
    sums = np.squeeze(X @ np.asarray(weights).reshape(-1, 1))
    return (sums >= threshold).astype(np.int64)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": ((-1,), 0),
}
