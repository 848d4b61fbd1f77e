# target: ch01_xor_search
# kind: mutant
# why: uses > instead of >=, so the units found are not threshold units as defined
def search_single_unit(target, grid):
    X = truth_table_inputs(2)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        if np.array_equal((X @ np.array([w1, w2]) > theta).astype(int), np.asarray(target)):
            found.append((float(w1), float(w2), float(theta)))
    return found
