# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: "target ... as a list or an array" - comparing a Python list with target via == only works for list targets; a NumPy-array target raises ValueError (ambiguous truth value)
def search_single_unit(target, grid):
    X = truth_table_inputs(2)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        fires = [int(v) for v in (X @ np.array([w1, w2]) >= theta)]
        if fires == target:
            found.append((float(w1), float(w2), float(theta)))
    return found
