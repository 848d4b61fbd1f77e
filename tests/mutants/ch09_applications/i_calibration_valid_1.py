# target: ch09_calibration
# kind: alternative
# why: np.digitize(right=True) on edges m/n, loop over bins; scipy.optimize.minimize_scalar (bounded, in log T) with logsumexp, endpoints compared at the end
import scipy.optimize
import scipy.special


def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    p = np.asarray(probs, dtype=np.float64)
    labels = np.asarray(labels).reshape(-1)
    confidence = p.max(axis=1)
    correct = (p.argmax(axis=1) == labels).astype(np.float64)
    edges = np.arange(n_bins + 1) / n_bins
    which = np.digitize(confidence, edges, right=True) - 1  # edges[i-1] < c <= edges[i]  ->  bin i-1
    which = np.clip(which, 0, n_bins - 1)
    mean_confidence = np.full(n_bins, np.nan)
    accuracy = np.full(n_bins, np.nan)
    counts = np.zeros(n_bins, dtype=np.int64)
    for m in range(n_bins):
        members = which == m
        counts[m] = members.sum()
        if counts[m] > 0:
            mean_confidence[m] = confidence[members].mean()
            accuracy[m] = correct[members].mean()
    return mean_confidence, accuracy, counts


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    mean_confidence, accuracy, counts = reliability_bins(probs, labels, n_bins)
    total = counts.sum()
    ece = 0.0
    for m in range(n_bins):
        if counts[m] > 0:
            ece += counts[m] / total * abs(accuracy[m] - mean_confidence[m])
    return float(ece)


def mean_nll(logits, labels, temperature):
    """Mean negative log-likelihood of the labels under softmax(logits / temperature)."""
    scaled = logits / temperature
    log_norm = scipy.special.logsumexp(scaled, axis=1)
    return float(np.mean(log_norm - scaled[np.arange(len(labels)), labels]))


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).reshape(-1).astype(np.int64)
    low, high = np.log(0.05), np.log(20.0)
    result = scipy.optimize.minimize_scalar(lambda log_t: mean_nll(z, y, np.exp(log_t)), bounds=(low, high),
                                            method="bounded", options={"xatol": 1e-9})
    candidates = [float(np.clip(np.exp(result.x), 0.05, 20.0)), 0.05, 20.0]
    return min(candidates, key=lambda t: mean_nll(z, y, t))
