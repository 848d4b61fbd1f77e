# target: ch05_windows
# kind: mutant
# why: breaks 5.4b: only window < 1 is rejected; horizon = 0 (or negative) silently gives pairs
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    s = np.asarray(series, dtype=np.float32)
    if window < 1:
        raise ValueError("window must be at least 1")
    n = len(s) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short for one pair")
    X = np.stack([s[i:i + window] for i in range(n)])[:, :, None]
    y = np.array([s[i + window + horizon - 1] for i in range(n)], dtype=np.float32)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    target_index = np.arange(len(y)) + window + horizon - 1
    train = target_index < n_train
    val = (target_index >= n_train) & (target_index < n_train + n_val)
    test = target_index >= n_train + n_val
    return {"train": (X[train], y[train]), "val": (X[val], y[val]), "test": (X[test], y[test])}
