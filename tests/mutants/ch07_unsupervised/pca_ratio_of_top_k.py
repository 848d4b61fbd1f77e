# target: ch07_pca
# kind: mutant
# why: divides the variances by the sum over the first k directions only
def pca_fit(x, k):
    x = np.array(x, dtype=np.float64)
    n, d = x.shape
    if not isinstance(k, (int, np.integer)) or not 1 <= k <= min(n, d):
        raise ValueError(f"bad k={k}")
    mean = x.mean(axis=0)
    s, vt = np.linalg.svd(x - mean, full_matrices=False)[1:]
    top = s[:k] ** 2
    return mean, vt[:k], top / top.sum()


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
