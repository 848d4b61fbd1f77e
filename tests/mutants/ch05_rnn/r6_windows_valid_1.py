# target: ch05_windows
# kind: alternative
# why: valid: windows from sliding_window_view (copied), series may be a list, splits by slicing the target indices with np.searchsorted; empty splits keep the (0, window, 1) shape
from numpy.lib.stride_tricks import sliding_window_view


def make_windows(series, window, horizon=1):
    values = np.asarray(series, dtype=np.float64).ravel()
    if not (window >= 1 and horizon >= 1):
        raise ValueError(f"window={window} and horizon={horizon} must both be at least 1")
    if values.size < window + horizon:
        raise ValueError(f"{values.size} values are too few for window {window} and horizon {horizon}")
    X = sliding_window_view(values[: values.size - horizon], window)            # (n_pairs, window)
    y = values[window + horizon - 1:]
    return np.array(X[..., np.newaxis], dtype=np.float32), np.array(y, dtype=np.float32)


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    targets = np.arange(window + horizon - 1, window + horizon - 1 + len(y))
    cut_val, cut_test = np.searchsorted(targets, [n_train, n_train + n_val])
    parts = zip(("train", "val", "test"), (0, cut_val, cut_test), (cut_val, cut_test, len(y)))
    return {name: (X[a:b], y[a:b]) for name, a, b in parts}
