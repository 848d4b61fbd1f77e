# target: ch05_windows
# kind: mutant
# why: breaks 5.4c: an empty split is returned as (np.array([], float32), np.array([], float32)), so its X has shape (0,) instead of (0, window, 1)
def make_windows(series, window, horizon=1):
    s = np.asarray(series, dtype=np.float64)
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be at least 1")
    n_pairs = len(s) - window - horizon + 1
    if n_pairs < 1:
        raise ValueError("series too short for one pair")
    X = np.stack([s[i:i + window] for i in range(n_pairs)])[:, :, None].astype(np.float32)
    y = s[window + horizon - 1:].astype(np.float32)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    target = np.arange(len(y)) + window + horizon - 1
    bounds = {"train": (0, n_train), "val": (n_train, n_train + n_val), "test": (n_train + n_val, np.inf)}
    splits = {}
    for name, (lo, hi) in bounds.items():
        keep = (target >= lo) & (target < hi)
        if keep.any():
            splits[name] = (X[keep], y[keep])
        else:
            splits[name] = (np.array([], dtype=np.float32), np.array([], dtype=np.float32))
    return splits
