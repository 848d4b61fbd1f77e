# target: ch09_calibration
# kind: alternative
# why: arithmetic binning ceil(c*n)-1 with an exact correction against the edges m/n, np.bincount sums, ECE via nansum; log-spaced grid plus golden-section refinement for T
def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    p = np.array(probs, dtype=np.float64)
    y = np.array(labels).ravel()
    conf = np.max(p, axis=1)
    hit = np.argmax(p, axis=1) == y
    index = np.ceil(conf * n_bins).astype(np.int64) - 1
    # c * n can round across an edge: move back into (m/n, (m+1)/n] by comparing with the edges themselves
    index = np.where(conf <= index / n_bins, index - 1, index)
    index = np.where(conf > (index + 1) / n_bins, index + 1, index)
    index = np.clip(index, 0, n_bins - 1)
    counts = np.bincount(index, minlength=n_bins).astype(np.int64)
    conf_sum = np.bincount(index, weights=conf, minlength=n_bins)
    hit_sum = np.bincount(index, weights=hit.astype(np.float64), minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_conf = np.where(counts > 0, conf_sum / counts, np.nan)
        acc = np.where(counts > 0, hit_sum / counts, np.nan)
    return mean_conf.astype(np.float64), acc.astype(np.float64), counts


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    mean_conf, acc, counts = reliability_bins(probs, labels, n_bins=n_bins)
    weights = counts / counts.sum()
    return float(np.nansum(weights * np.abs(acc - mean_conf)))  # empty bins give NaN and drop out


def nll_at(logits, labels, t):
    scaled = logits / t
    top = scaled.max(axis=1, keepdims=True)
    log_probs = scaled - top - np.log(np.exp(scaled - top).sum(axis=1, keepdims=True))
    return -log_probs[np.arange(len(labels)), labels].mean()


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    logits = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels, dtype=np.int64)
    grid = np.geomspace(0.05, 20.0, 401)
    values = np.array([nll_at(logits, labels, t) for t in grid])
    best = int(np.argmin(values))
    lo, hi = grid[max(best - 1, 0)], grid[min(best + 1, len(grid) - 1)]
    ratio = (np.sqrt(5.0) - 1) / 2
    for step in range(100):  # golden-section search on the bracket around the best grid point
        a = hi - ratio * (hi - lo)
        b = lo + ratio * (hi - lo)
        if nll_at(logits, labels, a) <= nll_at(logits, labels, b):
            hi = b
        else:
            lo = a
    refined = (lo + hi) / 2
    if nll_at(logits, labels, refined) <= values[best]:
        return float(refined)
    return float(grid[best])
