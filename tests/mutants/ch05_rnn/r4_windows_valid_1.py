# target: ch05_windows
# kind: alternative
# why: plain Python loops and list appends, explicit reshape so empty splits keep shape (0, window, 1), if/elif assignment by target index
def make_windows(series, window, horizon=1):
    """Sliding-window pairs (X of shape (n, window, 1), y of shape (n,)) in time order."""
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    if horizon < 1:
        raise ValueError(f"horizon must be >= 1, got {horizon}")
    values = [float(v) for v in series]
    n_pairs = len(values) - window - horizon + 1
    if n_pairs < 1:
        raise ValueError(f"series of length {len(values)} is too short for window {window} and horizon {horizon}")
    xs, ys = [], []
    for i in range(n_pairs):
        xs.append(values[i:i + window])
        ys.append(values[i + window + horizon - 1])
    X = np.array(xs, dtype=np.float32).reshape(n_pairs, window, 1)
    y = np.array(ys, dtype=np.float32)
    print("windows:", X.shape, y.shape)
    return X, y


def time_splits(series, window, horizon, n_train, n_val):
    """Pairs of the whole series assigned to train/val/test by the index of their target."""
    X, y = make_windows(series, window, horizon)
    groups = {"train": [], "val": [], "test": []}
    for i in range(len(y)):
        target_index = i + window + horizon - 1
        if target_index < n_train:
            groups["train"].append(i)
        elif target_index < n_train + n_val:
            groups["val"].append(i)
        else:
            groups["test"].append(i)
    splits = {}
    for name, rows in groups.items():
        rows = np.array(rows, dtype=int)
        splits[name] = (X[rows].reshape(len(rows), window, 1), y[rows])
    return splits
