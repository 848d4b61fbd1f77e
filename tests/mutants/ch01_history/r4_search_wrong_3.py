# target: ch01_xor_search
# kind: mutant
# why: breaks 3.1b: sorts (and de-duplicates) the grid first, so for an unsorted grid the triples come out in the wrong order
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    values = sorted(set(float(v) for v in grid))
    X = truth_table_inputs(2)
    found = []
    for w1, w2, theta in itertools.product(values, values, values):
        out = [1 if w1 * x1 + w2 * x2 >= theta else 0 for x1, x2 in X]
        if out == [int(t) for t in target]:
            found.append((w1, w2, theta))
    return found
