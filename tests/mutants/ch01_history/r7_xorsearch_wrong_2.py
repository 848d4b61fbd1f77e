# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: order must follow itertools.product(grid, grid, grid) for an unsorted grid - the grid is sorted first, so an unsorted grid gives the right triples in the wrong order
def search_single_unit(target, grid):
    grid = np.sort(np.asarray(grid, dtype=np.float64))
    X = truth_table_inputs(2)
    target = np.asarray(target).astype(np.int64)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        fires = (X @ np.array([w1, w2]) >= theta).astype(np.int64)
        if np.array_equal(fires, target):
            found.append((float(w1), float(w2), float(theta)))
    return found
