# target: ch09_calibration
# kind: mutant
# why: 9.5c - unbounded scipy minimize_scalar (Brent) with no bounds: for well-separated logits T runs off below 0.05 (or negative)
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


from scipy.optimize import minimize_scalar
from scipy.special import logsumexp


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    logits = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)

    def nll(t):
        scaled = logits / t
        return np.mean(logsumexp(scaled, axis=1) - scaled[np.arange(len(labels)), labels])

    return float(minimize_scalar(nll, bracket=(0.5, 2.0)).x)
