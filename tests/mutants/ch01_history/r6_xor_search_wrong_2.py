# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: iterates over sorted(grid), so an unsorted grid gives the triples in the wrong order
def search_single_unit(target, grid):
    inputs = truth_table_inputs(2)
    target = np.asarray(target)
    values = sorted(float(v) for v in grid)
    found = []
    for w1, w2, theta in itertools.product(values, values, values):
        out = (inputs @ np.array([w1, w2]) >= theta).astype(int)
        if np.array_equal(out, target):
            found.append((w1, w2, theta))
    return found
