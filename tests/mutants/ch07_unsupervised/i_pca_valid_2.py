# target: ch07_pca
# kind: alternative
# why: eigendecomposition of the covariance with eigh, sorted by decreasing eigenvalue, ratio over the trace
def check_k(k, n, d):
    print("k is", type(k))
    ok_type = isinstance(k, (int, np.integer)) and not isinstance(k, (bool, np.bool_))
    if not ok_type:
        raise ValueError("k should be an int")
    if not (1 <= k <= min(n, d)):
        raise ValueError("k out of range: need 1 <= k <= min(n, d)")


def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    X = np.asarray(x).astype(np.float64)  # astype copies
    n, d = X.shape
    check_k(k, n, d)
    mean = np.mean(X, axis=0)
    Xc = X - mean
    cov = Xc.T @ Xc / (n - 1)
    evals, evecs = np.linalg.eigh(cov)
    order = np.argsort(evals)[::-1]
    evals = evals[order]
    evecs = evecs[:, order]
    total = np.trace(cov)
    print("total variance:", total)
    components = np.ascontiguousarray(evecs[:, :int(k)].T)
    ratio = np.array(evals[:int(k)] / total, dtype=np.float64)
    return mean, components, ratio


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    centred = np.asarray(x, dtype=np.float64) - np.asarray(mean, dtype=np.float64)
    return np.dot(centred, np.transpose(np.asarray(components, dtype=np.float64)))


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    rec = np.dot(np.asarray(codes, dtype=np.float64), np.asarray(components, dtype=np.float64))
    return rec + np.asarray(mean, dtype=np.float64)
