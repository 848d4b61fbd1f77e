# target: ch07_pca
# kind: mutant
# why: never checks k, so k = 0 or k > d silently returns fewer components
def pca_fit(x, k):
    x = np.array(x, dtype=np.float64)
    mean = x.mean(axis=0)
    s, vt = np.linalg.svd(x - mean, full_matrices=False)[1:]
    return mean, vt[:k], (s[:k] ** 2) / (s ** 2).sum()


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
