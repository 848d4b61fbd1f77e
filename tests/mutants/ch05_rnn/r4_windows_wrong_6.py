# target: ch05_windows
# kind: mutant
# why: breaks 5.4c boundary: val takes targets n_train..n_train+n_val inclusive (one index too many), test loses its first pair
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be >= 1")
    s = np.asarray(series, dtype=np.float32)
    n = len(s) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short for a single window")
    X = np.lib.stride_tricks.sliding_window_view(s, window)[:n].copy()[:, :, None]
    y = s[window + horizon - 1:].copy()
    return X.astype(np.float32), y.astype(np.float32)


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    tgt = np.arange(len(y)) + window + horizon - 1
    train = tgt < n_train
    val = (tgt >= n_train) & (tgt <= n_train + n_val)
    test = tgt > n_train + n_val
    return {"train": (X[train], y[train]), "val": (X[val], y[val]), "test": (X[test], y[test])}
