# target: ch05_windows
# kind: mutant
# why: breaks 5.4c "cuts the pairs of the whole series": windows each split's own segment, so val/test lose the pairs whose inputs reach back into earlier years
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be >= 1")
    s = np.asarray(series, dtype=np.float32)
    n = len(s) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.array([s[i:i + window] for i in range(n)]).reshape(n, window, 1).astype(np.float32)
    y = np.array([s[i + window + horizon - 1] for i in range(n)], dtype=np.float32)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    s = np.asarray(series, dtype=np.float32)
    segments = {"train": s[:n_train], "val": s[n_train:n_train + n_val], "test": s[n_train + n_val:]}
    result = {}
    for name, seg in segments.items():
        if len(seg) >= window + horizon:
            result[name] = make_windows(seg, window, horizon)
        else:
            result[name] = (np.zeros((0, window, 1), np.float32), np.zeros(0, np.float32))
    return result
