# target: ch05_windows
# kind: mutant
# why: breaks 5.4a "series is a 1-D array or list": calls series.astype, so a plain list raises AttributeError
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be >= 1")
    s = series.astype(np.float32)
    n = s.shape[0] - window - horizon + 1
    if n < 1:
        raise ValueError("series too short for one pair")
    idx = np.arange(window)[None, :] + np.arange(n)[:, None]
    return s[idx][:, :, None], s[np.arange(n) + window + horizon - 1]


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    t = np.arange(len(y)) + window + horizon - 1
    sel = {"train": t < n_train, "val": (t >= n_train) & (t < n_train + n_val), "test": t >= n_train + n_val}
    return {k: (X[m], y[m]) for k, m in sel.items()}
