# target: ch05_windows
# kind: mutant
# why: breaks 5.4b: raises ValueError when len(series) == window + horizon, although the series then holds exactly one pair (5.4a: n_pairs = 1) and is not too short
def make_windows(series, window, horizon=1):
    s = np.asarray(series, dtype=np.float64)
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be at least 1")
    if len(s) <= window + horizon:
        raise ValueError("series too short for one pair")
    n_pairs = len(s) - window - horizon + 1
    X = np.stack([s[i:i + window] for i in range(n_pairs)])[:, :, None].astype(np.float32)
    y = s[window + horizon - 1:].astype(np.float32)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    target = np.arange(len(y)) + window + horizon - 1
    masks = {"train": target < n_train, "val": (target >= n_train) & (target < n_train + n_val),
             "test": target >= n_train + n_val}
    return {name: (X[m], y[m]) for name, m in masks.items()}
