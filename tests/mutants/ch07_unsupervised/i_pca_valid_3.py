# target: ch07_pca
# kind: alternative
# why: SVD with einsum encode/decode, k validated via int(k) == k on numbers, total variance from the centred data itself
def pca_fit(x, k):
    """Mean, top-k principal directions (rows) and their explained-variance ratios."""
    arr = np.asarray(x, dtype=float)
    n, d = arr.shape
    if type(k) not in (int, np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64):
        raise ValueError("the number of components k must be an integer")
    if k < 1 or k > min(n, d):
        raise ValueError("k must satisfy 1 <= k <= min(n, d)")
    mean = arr.sum(axis=0) / n
    xc = arr - mean[None, :]
    left, sv, vt = np.linalg.svd(xc, full_matrices=False)
    total_var = np.sum(xc ** 2) / (n - 1)
    lam = sv ** 2 / (n - 1)
    ratio = np.array([lam[j] / total_var for j in range(k)], dtype=np.float64)
    comps = np.array(vt[:k], dtype=np.float64)
    print(f"pca_fit: n={n}, d={d}, k={k}, kept {ratio.sum():.3f}")
    return mean.astype(np.float64), comps, ratio


def pca_encode(x, mean, components):
    """Codes of the rows of x: (x - mean) @ components.T."""
    xc = np.asarray(x, dtype=np.float64) - np.asarray(mean, dtype=np.float64)
    return np.einsum("nd,kd->nk", xc, np.asarray(components, dtype=np.float64))


def pca_decode(codes, mean, components):
    """Reconstructions from codes: codes @ components + mean."""
    z = np.asarray(codes, dtype=np.float64)
    w = np.asarray(components, dtype=np.float64)
    return np.einsum("nk,kd->nd", z, w) + np.asarray(mean, dtype=np.float64)
