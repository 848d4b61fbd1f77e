# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1a: converts the values to np.float32, which is not a Python float (and 0.1 becomes 0.10000000149...)
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    g = np.asarray(grid, dtype=np.float32)
    X = truth_table_inputs(2).astype(np.float32)
    target = np.asarray(target)
    found = []
    for w1, w2, theta in itertools.product(g, g, g):
        out = (X @ np.array([w1, w2]) >= theta).astype(int)
        if np.array_equal(out, target):
            found.append((w1, w2, theta))
    return found
