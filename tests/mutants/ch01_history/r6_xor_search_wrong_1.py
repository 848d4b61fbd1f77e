# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1a: returns the grid's own elements, so an integer grid gives tuples of NumPy int64, not floats
def search_single_unit(target, grid):
    inputs = truth_table_inputs(2)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        out = (inputs @ np.array([w1, w2]) >= theta).astype(int)
        if np.array_equal(out, target):
            found.append((w1, w2, theta))
    return found
