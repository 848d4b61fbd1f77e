# target: ch07_pca
# kind: alternative
# why: eigendecomposition of the covariance, sorted by decreasing eigenvalue, with debug prints
def pca_fit(x, k):
    data = np.array(x, dtype=np.float64)
    n, d = data.shape
    print("fitting PCA on", data.shape, type(x))
    if int(k) != k or not (1 <= k <= min(n, d)):
        raise ValueError(f"k must be between 1 and {min(n, d)}, got k={k}")
    k = int(k)
    mean = data.mean(axis=0)
    centred = data - mean
    covariance = centred.T @ centred / (n - 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1]
    values, vectors = np.clip(values[order], 0, None), vectors[:, order]
    return mean, vectors[:, :k].T.copy(), values[:k] / values.sum()


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    return (np.asarray(x, dtype=np.float64) - mean) @ np.asarray(components, dtype=np.float64).T


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    return np.asarray(codes, dtype=np.float64) @ np.asarray(components, dtype=np.float64) + mean
