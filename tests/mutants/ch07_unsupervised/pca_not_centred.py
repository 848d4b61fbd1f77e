# target: ch07_pca
# kind: mutant
# why: takes the SVD of the raw data instead of the centred data
def pca_fit(x, k):
    x = np.array(x, dtype=np.float64)
    n, d = x.shape
    if not isinstance(k, (int, np.integer)) or not 1 <= k <= min(n, d):
        raise ValueError(f"bad k={k}")
    s, vt = np.linalg.svd(x, full_matrices=False)[1:]
    return x.mean(axis=0), vt[:k], (s[:k] ** 2) / (s ** 2).sum()


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
