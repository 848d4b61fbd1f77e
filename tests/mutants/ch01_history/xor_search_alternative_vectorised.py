# target: ch01_xor_search
# kind: alternative
# why: evaluates every triple at once with broadcasting instead of a Python loop
def search_single_unit(target, grid):
    grid = np.asarray(grid, dtype=float)
    triples = np.array(list(itertools.product(grid, grid, grid)))
    X = truth_table_inputs(2)
    outputs = (triples[:, :2] @ X.T >= triples[:, 2:3]).astype(int)
    match = (outputs == np.asarray(target)[None, :]).all(axis=1)
    return [tuple(float(v) for v in row) for row in triples[match]]
