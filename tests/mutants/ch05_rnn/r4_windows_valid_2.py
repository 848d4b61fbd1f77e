# target: ch05_windows
# kind: alternative
# why: vectorised with sliding_window_view and index arithmetic; splits by slicing at the first pair whose target reaches each boundary
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if min(window, horizon) < 1:
        raise ValueError("window and horizon must both be at least 1")
    s = np.asarray(series, dtype=np.float64).reshape(-1)
    n = s.size - (window + horizon - 1)
    if n < 1:
        raise ValueError("the series is too short to make a single (window, target) pair")
    X = np.lib.stride_tricks.sliding_window_view(s, window)[:n]
    y = s[window + horizon - 1:window + horizon - 1 + n]
    return np.ascontiguousarray(X[:, :, np.newaxis], dtype=np.float32), y.astype(np.float32)


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    offset = window + horizon - 1          # target index of pair i is i + offset
    a = int(np.clip(n_train - offset, 0, len(y)))
    b = int(np.clip(n_train + n_val - offset, 0, len(y)))
    return {"train": (X[:a], y[:a]), "val": (X[a:b], y[a:b]), "test": (X[b:], y[b:])}
