# target: ch07_pca
# kind: alternative
# why: thin SVD of the centred float64 copy, strict integer check, s**2 / sum(s**2) ratios
import numbers


def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    data = np.array(x, dtype=np.float64)  # always a fresh float64 copy
    n, d = data.shape
    if isinstance(k, bool) or not isinstance(k, numbers.Integral):
        raise ValueError(f"k must be an integer, got {k!r}")
    if k < 1 or k > min(n, d):
        raise ValueError(f"k must be between 1 and {min(n, d)}, got k={k}")
    k = int(k)
    mean = data.mean(axis=0)
    centred = data - mean
    u, s, vt = np.linalg.svd(centred, full_matrices=False)
    variances = s ** 2
    ratio = variances[:k] / variances.sum()
    components = vt[:k].copy()
    return mean, components, ratio


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    x = np.asarray(x, dtype=np.float64)
    return (x - np.asarray(mean, dtype=np.float64)) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    codes = np.asarray(codes, dtype=np.float64)
    return codes @ np.asarray(components, dtype=np.float64) + np.asarray(mean, dtype=np.float64)
