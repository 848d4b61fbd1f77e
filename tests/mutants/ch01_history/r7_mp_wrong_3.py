# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1b: "NOT" weights must be a tuple/list/1-D array of one integer weight per input; here it is a bare int -1 (own mp_unit tolerates it via atleast_1d, a reference mp_unit's X @ weights does not)
def mp_unit(X, weights, threshold):
    X = np.asarray(X)
    return (X @ np.atleast_1d(np.asarray(weights)) >= threshold).astype(np.int64)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": (-1, 0),
}
