# target: ch05_windows
# kind: mutant
# why: breaks 5.4c: the split uses i + window as the target index (right only for horizon 1), so horizon > 1 leaks val targets into train
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be at least 1")
    s = np.asarray(series, dtype=np.float32).ravel()
    n = len(s) - window - horizon + 1
    if n < 1:
        raise ValueError("series too short")
    X = np.array([s[i:i + window] for i in range(n)], dtype=np.float32).reshape(n, window, 1)
    y = np.array([s[i + window + horizon - 1] for i in range(n)], dtype=np.float32)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    target = np.arange(len(y)) + window  # index of the value after the window
    split = {}
    split["train"] = (X[target < n_train], y[target < n_train])
    m = (target >= n_train) & (target < n_train + n_val)
    split["val"] = (X[m], y[m])
    split["test"] = (X[target >= n_train + n_val], y[target >= n_train + n_val])
    return split
