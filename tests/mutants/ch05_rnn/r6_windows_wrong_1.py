# target: ch05_windows
# kind: mutant
# why: breaks 5.4a: y is taken straight from a float64 series, so y is float64 (X is float32 as checked)
def make_windows(series, window, horizon=1):
    s = np.asarray(series)
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be at least 1")
    n_pairs = len(s) - window - horizon + 1
    if n_pairs < 1:
        raise ValueError("series too short for one pair")
    X = np.stack([s[i:i + window] for i in range(n_pairs)]).astype(np.float32)[:, :, None]
    y = s[window + horizon - 1:window + horizon - 1 + n_pairs]
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    target = np.arange(len(y)) + window + horizon - 1
    masks = {"train": target < n_train, "val": (target >= n_train) & (target < n_train + n_val),
             "test": target >= n_train + n_val}
    return {name: (X[m], y[m]) for name, m in masks.items()}
