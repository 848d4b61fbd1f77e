# target: ch07_pca
# kind: mutant
# why: only checks the upper bound of k, so k=0 or a negative k returns arrays instead of raising
def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    x = np.array(x, dtype=np.float64)
    n, d = x.shape
    if not isinstance(k, (int, np.integer)):
        raise ValueError("k must be an integer")
    if k > min(n, d):
        raise ValueError(f"k={k} is larger than min(n, d)={min(n, d)}")
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
