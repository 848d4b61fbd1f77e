# target: ch01_mp_unit
# kind: alternative
# why: valid: explicit Python loops over rows and weights with a debug print, int64 result; other valid gate parameters (AND = (2, 2) >= 3, NAND = (-2, -2) >= -3)
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    X = np.asarray(X)
    print("mp_unit:", type(X), X.shape, "weights", list(weights), "threshold", threshold)
    out = np.zeros(X.shape[0], dtype=np.int64)
    for i in range(X.shape[0]):
        total = 0
        for j in range(X.shape[1]):
            total += weights[j] * X[i, j]
        if total >= threshold:
            out[i] = 1
    return out


GATES = {
    "AND": ((2, 2), 3),
    "OR": ((1, 1), 1),
    "NAND": ((-2, -2), -3),
    "NOT": ((-1,), 0),
}
