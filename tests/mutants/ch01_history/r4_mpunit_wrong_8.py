# target: ch01_mp_unit
# kind: mutant
# why: breaks 2.1a: returns a Python list of ints instead of an integer NumPy array
def mp_unit(X, weights, threshold):
    """McCulloch–Pitts threshold unit: 1 where X @ weights >= threshold, else 0."""
    outputs = []
    for row in X:
        total = sum(int(w) * int(x) for w, x in zip(weights, row))
        outputs.append(1 if total >= threshold else 0)
    return outputs


GATES = {
    "AND": ([1, 1], 2),
    "OR": ([1, 1], 1),
    "NAND": ([-1, -1], -1),
    "NOT": ([-1], 0),
}
