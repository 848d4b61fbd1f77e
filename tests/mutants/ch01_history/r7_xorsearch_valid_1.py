# target: ch01_xor_search
# kind: alternative
# why: valid: vectorised over the whole grid with 'ij' meshgrid (same order as itertools.product, duplicates kept), tiny tolerance that 3.1b says never decides, returns tuples of np.float64 (a float subclass)
def all_triples(grid):
    g = np.asarray(grid, dtype=np.float64).ravel()
    a, b, c = np.meshgrid(g, g, g, indexing="ij")
    return np.stack([a.ravel(), b.ravel(), c.ravel()], axis=1)


def search_single_unit(target, grid):
    triples = all_triples(grid)                       # (m**3, 3), product order
    X = truth_table_inputs(2).astype(np.float64)      # (4, 2)
    sums = triples[:, :2] @ X.T                       # (m**3, 4)
    fires = sums >= triples[:, 2:3] - 1e-9
    want = np.asarray(target).astype(bool).reshape(1, 4)
    ok = np.all(fires == want, axis=1)
    result = [tuple(row) for row in triples[ok]]      # tuples of np.float64
    return result
