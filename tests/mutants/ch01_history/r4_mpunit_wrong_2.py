# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: multiplies X by the weights in place (X *= weights), so the caller's X is changed
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    X *= np.asarray(weights)          # weight every input
    total = X.sum(axis=1)
    return (total >= threshold).astype(int)


GATES = {
    "AND": ((1, 1), 2),
    "OR": ((1, 1), 1),
    "NAND": ((-1, -1), -1),
    "NOT": ((-1,), 0),
}
