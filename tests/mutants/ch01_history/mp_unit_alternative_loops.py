# target: ch01_mp_unit
# kind: alternative
# why: explicit loops, boolean output, other valid gate parameters
def mp_unit(X, weights, threshold):
    out = []
    for row in X:
        total = sum(int(x) * int(w) for x, w in zip(row, weights))
        out.append(total >= threshold)
    return np.array(out, dtype=bool)


GATES = {"AND": ((2, 2), 3), "OR": ((2, 2), 2), "NAND": ((-2, -2), -3), "NOT": ((-3,), -1)}
print({name: mp_unit(truth_table_inputs(len(w)), w, t) for name, (w, t) in GATES.items()})
