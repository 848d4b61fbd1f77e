# target: ch01_xor_search
# kind: mutant
# why: stops at the first unit found instead of listing them all
def search_single_unit(target, grid):
    X = truth_table_inputs(2)
    for w1, w2, theta in itertools.product(grid, grid, grid):
        if np.array_equal((X @ np.array([w1, w2]) >= theta).astype(int), np.asarray(target)):
            return [(float(w1), float(w2), float(theta))]
    return []
