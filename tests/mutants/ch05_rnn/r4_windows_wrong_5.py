# target: ch05_windows
# kind: mutant
# why: breaks 5.4a: X is float32 but y keeps the series' dtype (float64 for a float64 series)
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be positive")
    series = np.asarray(series)
    n_pairs = len(series) - window - horizon + 1
    if n_pairs < 1:
        raise ValueError(f"need at least {window + horizon} values, got {len(series)}")
    X = np.stack([series[i:i + window] for i in range(n_pairs)]).astype(np.float32)[..., np.newaxis]
    y = series[window + horizon - 1:]
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    t = np.arange(window + horizon - 1, window + horizon - 1 + len(y))
    out = {}
    for name, lo, hi in (("train", 0, n_train), ("val", n_train, n_train + n_val), ("test", n_train + n_val, np.inf)):
        keep = (t >= lo) & (t < hi)
        out[name] = (X[keep], y[keep])
    return out
