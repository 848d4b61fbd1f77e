# target: ch05_windows
# kind: mutant
# why: breaks 5.4c "a split may be empty" / "as make_windows makes them": an empty split comes back as np.array([]) of shape (0,) and dtype float64
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1 or horizon < 1:
        raise ValueError("window and horizon must be >= 1")
    series = np.asarray(series, dtype=np.float32)
    n = len(series) - window - horizon + 1
    if n <= 0:
        raise ValueError("the series is too short for one pair")
    X = np.empty((n, window, 1), dtype=np.float32)
    y = np.empty(n, dtype=np.float32)
    for i in range(n):
        X[i, :, 0] = series[i:i + window]
        y[i] = series[i + window + horizon - 1]
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    buckets = {"train": ([], []), "val": ([], []), "test": ([], [])}
    for i in range(len(y)):
        t = i + window + horizon - 1
        name = "train" if t < n_train else ("val" if t < n_train + n_val else "test")
        buckets[name][0].append(X[i])
        buckets[name][1].append(y[i])
    return {name: (np.array(xs), np.array(ys)) for name, (xs, ys) in buckets.items()}
