# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1a: returns a list of lists [w1, w2, theta], not tuples
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    X = truth_table_inputs(2).astype(float)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(grid, grid, grid):
        fires = (X @ np.array([w1, w2], dtype=float) >= theta).astype(int)
        if (fires == target).all():
            found.append([float(w1), float(w2), float(theta)])
    return found
