# target: ch01_xor_search
# kind: mutant
# why: enumerates the inputs in the order 00, 10, 01, 11, which only matters for asymmetric targets
def search_single_unit(target, grid):
    X = np.array([[0, 0], [1, 0], [0, 1], [1, 1]])
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        if np.array_equal((X @ np.array([w1, w2]) >= theta).astype(int), np.asarray(target)):
            found.append((float(w1), float(w2), float(theta)))
    return found
