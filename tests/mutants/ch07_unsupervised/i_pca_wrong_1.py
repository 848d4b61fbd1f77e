# target: ch07_pca
# kind: mutant
# why: normalises the explained-variance ratio by the variance of the top-k components only
def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    x = np.array(x, dtype=np.float64)
    n, d = x.shape
    if not isinstance(k, (int, np.integer)) or isinstance(k, bool) or k < 1 or k > min(n, d):
        raise ValueError(f"invalid k={k!r}")
    mean = x.mean(axis=0)
    u, s, vt = np.linalg.svd(x - mean, full_matrices=False)
    var = s[:k] ** 2
    ratio = var / var.sum()
    return mean, vt[:k], ratio


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
