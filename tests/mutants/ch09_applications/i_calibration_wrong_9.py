# target: ch09_calibration
# kind: mutant
# why: 9.5c - searches T only on a coarse grid of 40 values, so the NLL can miss the minimum by more than 1e-4
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


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    logits = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)
    best_t, best_nll = 1.0, np.inf
    for t in np.linspace(0.05, 20.0, 40):
        scaled = logits / t
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_probs = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        nll = -np.mean(log_probs[np.arange(len(labels)), labels])
        if nll < best_nll:
            best_t, best_nll = float(t), nll
    return best_t
