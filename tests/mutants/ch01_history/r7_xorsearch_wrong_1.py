# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1a: triples must be floats - values are taken straight from the grid, so an integer grid yields NumPy int64 entries (not float subclasses)
def search_single_unit(target, grid):
    X = truth_table_inputs(2)
    target = np.asarray(target).astype(np.int64)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        fires = (X @ np.array([w1, w2]) >= theta).astype(np.int64)
        if np.array_equal(fires, target):
            found.append((w1, w2, theta))
    return found
