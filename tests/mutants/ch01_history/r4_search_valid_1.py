# target: ch01_xor_search
# kind: alternative
# why: valid: fully vectorised over all triples at once; returns tuples of NumPy float64 (allowed), order kept by a boolean mask on the product array
def search_single_unit(target, grid):
    """All (w1, w2, theta) from grid x grid x grid whose threshold unit computes target."""
    triples = np.array(list(itertools.product(grid, grid, grid)), dtype=np.float64).reshape(-1, 3)
    X = truth_table_inputs(2)                              # (4, 2)
    sums = triples[:, :2] @ X.T                            # (T, 4): weighted sum per input row
    outputs = sums >= triples[:, 2:3]                      # (T, 4) booleans
    ok = np.all(outputs == np.asarray(target).astype(bool), axis=1)
    print("triples tried:", len(triples), "found:", int(ok.sum()))
    return [tuple(row) for row in triples[ok]]
