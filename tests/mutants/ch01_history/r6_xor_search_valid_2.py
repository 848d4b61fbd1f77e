# target: ch01_xor_search
# kind: alternative
# why: valid on the stated domain: compares with a 1e-9 tolerance, which the text says never decides on the checked grids
def search_single_unit(target, grid):
    inputs = truth_table_inputs(2).astype(np.float64)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        w1, w2, theta = float(w1), float(w2), float(theta)
        out = (inputs @ np.array([w1, w2]) >= theta - 1e-9).astype(int)
        if np.array_equal(out, target):
            found.append((w1, w2, theta))
    return found
