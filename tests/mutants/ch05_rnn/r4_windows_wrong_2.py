# target: ch05_windows
# kind: mutant
# why: breaks 5.4b: a series too short for one pair returns empty arrays instead of raising ValueError
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError(f"window and horizon must be >= 1, got {window} and {horizon}")
    s = np.asarray(series, dtype=np.float32)
    n_pairs = max(len(s) - window - horizon + 1, 0)
    X = np.zeros((n_pairs, window, 1), dtype=np.float32)
    y = np.zeros(n_pairs, dtype=np.float32)
    for i in range(n_pairs):
        X[i, :, 0] = s[i:i + window]
        y[i] = s[i + window + horizon - 1]
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    idx = np.arange(len(y)) + window + horizon - 1
    masks = {"train": idx < n_train, "val": (idx >= n_train) & (idx < n_train + n_val), "test": idx >= n_train + n_val}
    return {name: (X[m], y[m]) for name, m in masks.items()}
