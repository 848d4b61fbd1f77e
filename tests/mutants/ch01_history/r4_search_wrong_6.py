# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: pairs w1 with the second input and w2 with the first (X @ [w2, w1]), wrong for any non-symmetric target such as [0, 1, 0, 1]
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    X = truth_table_inputs(2)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        out = (X @ np.array([w2, w1]) >= theta).astype(int)
        if np.array_equal(out, target):
            found.append((float(w1), float(w2), float(theta)))
    return found
