# target: ch09_calibration
# kind: mutant
# why: 9.5c - NLL computed against the model's own predictions (argmax) instead of the labels, so the fit always sharpens towards T = 0.05
def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    probs = np.asarray(probs, dtype=np.float64)
    labels = np.asarray(labels)
    confidence = probs.max(axis=1)
    correct = probs.argmax(axis=1) == labels
    edges = np.arange(n_bins + 1) / n_bins
    mean_confidence = np.full(n_bins, np.nan)
    accuracy = np.full(n_bins, np.nan)
    counts = np.zeros(n_bins, dtype=np.int64)
    for m in range(n_bins):
        in_bin = (confidence > edges[m]) & (confidence <= edges[m + 1])
        counts[m] = in_bin.sum()
        if counts[m] > 0:
            mean_confidence[m] = confidence[in_bin].mean()
            accuracy[m] = correct[in_bin].mean()
    return mean_confidence, accuracy, counts


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    mean_confidence, accuracy, counts = reliability_bins(probs, labels, n_bins)
    filled = counts > 0
    return float(np.sum(counts[filled] / counts.sum() * np.abs(accuracy[filled] - mean_confidence[filled])))


from scipy.special import log_softmax


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    logits = np.asarray(logits, dtype=np.float64)
    targets = logits.argmax(axis=1)
    grid = np.geomspace(0.05, 20.0, 2001)
    losses = [-np.mean(log_softmax(logits / t, axis=1)[np.arange(len(targets)), targets]) for t in grid]
    return float(grid[int(np.argmin(losses))])
