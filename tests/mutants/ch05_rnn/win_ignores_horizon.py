# target: ch05_windows
# kind: mutant
# affects: ch05_forecaster
# why: ignores the horizon: the target is always the value right after the window
def make_windows(series, window, horizon=1):
    series = np.asarray(series, dtype=np.float32)
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be >= 1")
    n_pairs = len(series) - window - horizon + 1
    if n_pairs < 1:
        raise ValueError("series too short")
    X = np.stack([series[i : i + window] for i in range(n_pairs)])[:, :, None]
    y = series[window:][:n_pairs]
    return X, y.copy()


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    target = np.arange(len(y)) + window + horizon - 1
    masks = {"train": target < n_train, "val": (target >= n_train) & (target < n_train + n_val),
             "test": target >= n_train + n_val}
    return {name: (X[mask], y[mask]) for name, mask in masks.items()}
