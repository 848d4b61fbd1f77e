# target: ch09_calibration
# kind: mutant
# why: does not subtract the row maximum, so large logits overflow
def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    probs, labels = np.asarray(probs, dtype=np.float64), np.asarray(labels)
    confidence = probs.max(axis=1)
    correct = (probs.argmax(axis=1) == labels).astype(np.float64)
    index = np.clip(np.ceil(confidence * n_bins).astype(np.int64) - 1, 0, n_bins - 1)
    counts = np.bincount(index, minlength=n_bins)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean_confidence = np.bincount(index, confidence, n_bins) / counts
        bin_accuracy = np.bincount(index, correct, n_bins) / counts
    return mean_confidence, bin_accuracy, counts.astype(np.int64)


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    mean_confidence, bin_accuracy, counts = reliability_bins(probs, labels, n_bins)
    full = counts > 0
    return float(np.sum(counts[full] / counts.sum() * np.abs(bin_accuracy[full] - mean_confidence[full])))


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    logits, labels = np.asarray(logits, dtype=np.float64), np.asarray(labels)

    def nll(log_t):
        z = logits / np.exp(log_t)
        return np.mean(np.log(np.exp(z).sum(axis=1)) - z[np.arange(len(z)), labels])

    low, high = np.log(0.05), np.log(20.0)
    for _ in range(80):  # ternary search: the NLL is convex in 1/T, unimodal in log T
        left, right = low + (high - low) / 3, high - (high - low) / 3
        if nll(left) < nll(right):
            high = right
        else:
            low = left
    return float(np.exp((low + high) / 2))
