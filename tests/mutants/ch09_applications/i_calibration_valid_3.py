# target: ch09_calibration
# kind: alternative
# why: np.searchsorted + np.add.at for the bins, ECE from the non-empty mask; T by bisection on the derivative of the NLL in beta = 1/T (convex), with a debug print
def reliability_bins(probs, labels, n_bins=10):
    """(mean confidence, accuracy, count) per equal-width confidence bin (m/n, (m+1)/n]."""
    probs = np.asarray(probs).astype(np.float64)
    labels = np.asarray(labels)
    confidence = probs.max(axis=1)
    predictions = probs.argmax(axis=1)
    edges = np.array([m / n_bins for m in range(n_bins + 1)])
    bins = np.searchsorted(edges, confidence, side="left") - 1  # first edge >= c is the upper edge of the bin
    bins = np.minimum(np.maximum(bins, 0), n_bins - 1)
    counts = np.zeros(n_bins, dtype=np.int64)
    conf_total = np.zeros(n_bins)
    right_total = np.zeros(n_bins)
    np.add.at(counts, bins, 1)
    np.add.at(conf_total, bins, confidence)
    np.add.at(right_total, bins, (predictions == labels).astype(float))
    filled = counts > 0
    mean_conf = np.full(n_bins, np.nan, dtype=np.float64)
    accuracy = np.full(n_bins, np.nan, dtype=np.float64)
    mean_conf[filled] = conf_total[filled] / counts[filled]
    accuracy[filled] = right_total[filled] / counts[filled]
    return mean_conf, accuracy, counts


def expected_calibration_error(probs, labels, n_bins=10):
    """Share-weighted mean gap between accuracy and confidence over the bins."""
    conf, acc, counts = reliability_bins(probs, labels, n_bins)
    filled = counts > 0
    n = len(np.asarray(labels).reshape(-1))
    return float(np.sum(counts[filled] / n * np.abs(acc[filled] - conf[filled])))


def fit_temperature(logits, labels):
    """The T in [0.05, 20] that minimises the mean negative log-likelihood of softmax(logits / T)."""
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(labels).reshape(-1).astype(int)
    true_logit = z[np.arange(len(y)), y]

    def slope(beta):
        # d/d beta of mean(logsumexp(beta z) - beta z_y) = mean(E_softmax(beta z)[z] - z_y); increasing in beta
        s = beta * z
        s = s - s.max(axis=1, keepdims=True)
        w = np.exp(s)
        w = w / w.sum(axis=1, keepdims=True)
        return float(np.mean((w * z).sum(axis=1) - true_logit))

    beta_low, beta_high = 1 / 20.0, 1 / 0.05
    if slope(beta_low) >= 0:      # NLL grows with beta everywhere: the softest temperature wins
        return 20.0
    if slope(beta_high) <= 0:     # NLL falls with beta everywhere: the sharpest temperature wins
        return 0.05
    for step in range(200):
        middle = (beta_low + beta_high) / 2
        if slope(middle) > 0:
            beta_high = middle
        else:
            beta_low = middle
    temperature = float(min(max(2 / (beta_low + beta_high), 0.05), 20.0))
    print(f"fit_temperature: T = {temperature:.4f} from {len(y)} examples, type {type(logits)}")
    return temperature
