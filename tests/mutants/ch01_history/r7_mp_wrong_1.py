# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: "X is left unchanged" - multiplies X by the weights in place (visible checks pass because truth_table_inputs builds a fresh array each call)
def mp_unit(X, weights, threshold):
    X = np.asarray(X)
    np.multiply(X, np.asarray(weights, dtype=X.dtype), out=X)
    return (X.sum(axis=1) >= threshold).astype(np.int64)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": ((-1,), 0),
}
