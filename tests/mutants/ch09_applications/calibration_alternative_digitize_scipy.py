# target: ch09_calibration
# kind: alternative
# why: bins with an explicit loop over edges and fits T with scipy.optimize.minimize_scalar on log T
import scipy.optimize


def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    p = np.array(probs, dtype=float)
    labels = np.array(labels)
    conf = p.max(axis=1)
    hit = p.argmax(axis=1) == labels
    confidence = np.full(n_bins, np.nan)
    accuracy = np.full(n_bins, np.nan)
    counts = np.zeros(n_bins, dtype=np.int64)
    for m in range(n_bins):
        members = (conf > m / n_bins) & (conf <= (m + 1) / n_bins)
        counts[m] = members.sum()
        if counts[m]:
            confidence[m] = conf[members].mean()
            accuracy[m] = hit[members].mean()
    return confidence, accuracy, counts


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    confidence, accuracy, counts = reliability_bins(probs, labels, n_bins)
    total = 0.0
    for c, a, k in zip(confidence, accuracy, counts):
        if k > 0:
            total += k * abs(a - c)
    return total / counts.sum()


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    z = np.asarray(logits, dtype=np.float64)
    labels = np.asarray(labels)

    def loss(log_t):
        scaled = z / np.exp(log_t)
        scaled = scaled - scaled.max(axis=1, keepdims=True)
        log_probs = scaled - np.log(np.exp(scaled).sum(axis=1, keepdims=True))
        return -log_probs[np.arange(len(labels)), labels].mean()

    result = scipy.optimize.minimize_scalar(loss, bounds=(np.log(0.05), np.log(20.0)), method="bounded", options={"xatol": 1e-8})
    return float(np.exp(result.x))
