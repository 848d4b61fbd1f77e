# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: the unit fires on w1*x1 + w2*x2 > theta (strict) instead of >= theta
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    X = truth_table_inputs(2)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        out = (X @ np.array([w1, w2]) > theta).astype(int)
        if np.array_equal(out, target):
            found.append((float(w1), float(w2), float(theta)))
    return found
