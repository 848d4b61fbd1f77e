# target: ch01_xor_search
# kind: alternative
# why: valid: vectorised over all triples with np.meshgrid(indexing="ij") (same order as itertools.product), returns tuples of NumPy float64
def search_single_unit(target, grid):
    g = np.asarray(grid, dtype=np.float64).ravel()
    W1, W2, TH = (a.ravel() for a in np.meshgrid(g, g, g, indexing="ij"))
    x = truth_table_inputs(2)
    # outputs of every unit on the four rows: shape (len(g)**3, 4)
    sums = np.stack([W1 * x[r, 0] + W2 * x[r, 1] for r in range(4)], axis=1)
    fires = sums >= TH[:, None]
    ok = np.all(fires == (np.asarray(target).reshape(1, 4) == 1), axis=1)
    return [(W1[i], W2[i], TH[i]) for i in np.flatnonzero(ok)]
