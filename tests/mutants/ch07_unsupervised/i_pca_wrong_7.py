# target: ch07_pca
# kind: mutant
# why: range check only, no integer check: k=2.5 slips through and slicing raises TypeError instead of ValueError
def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    x = np.array(x, dtype=np.float64)
    n, d = x.shape
    if k < 1 or k > min(n, d):
        raise ValueError(f"k must be between 1 and {min(n, d)}")
    mean = x.mean(axis=0)
    u, s, vt = np.linalg.svd(x - mean, full_matrices=False)
    ratio = s[:k] ** 2 / np.sum(s ** 2)
    return mean, vt[:k], ratio


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
