# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: loops theta outermost (for theta: for w1: for w2), so the triples are not in itertools.product(grid, grid, grid) order
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    X = truth_table_inputs(2)
    target = list(np.asarray(target).astype(int))
    found = []
    for theta in grid:
        for w1 in grid:
            for w2 in grid:
                out = [int(w1 * x[0] + w2 * x[1] >= theta) for x in X]
                if out == target:
                    found.append((float(w1), float(w2), float(theta)))
    return found
