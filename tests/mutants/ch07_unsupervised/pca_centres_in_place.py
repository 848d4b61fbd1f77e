# target: ch07_pca
# kind: mutant
# why: uses the centred data in place (x -= mean), changing the caller's array
def pca_fit(x, k):
    x = np.asarray(x)
    if x.dtype != np.float64:
        x = x.astype(np.float64)
    n, d = x.shape
    if not isinstance(k, (int, np.integer)) or not 1 <= k <= min(n, d):
        raise ValueError(f"bad k={k}")
    mean = x.mean(axis=0)
    x -= mean
    s, vt = np.linalg.svd(x, full_matrices=False)[1:]
    return mean, vt[:k], (s[:k] ** 2) / (s ** 2).sum()


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
