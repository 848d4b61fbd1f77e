# target: ch05_windows
# kind: alternative
# why: sliding_window_view and slicing by target position with searchsorted
from numpy.lib.stride_tricks import sliding_window_view


def make_windows(series, window, horizon=1):
    values = np.asarray(series, dtype=np.float32).ravel()
    if min(window, horizon) < 1 or len(values) < window + horizon:
        raise ValueError(f"cannot cut {len(values)} values into windows of {window} with horizon {horizon}")
    inputs = sliding_window_view(values[: len(values) - horizon], window)
    return inputs[..., np.newaxis].copy(), values[window + horizon - 1 :].copy()


def time_splits(series, window, horizon, n_train, n_val):
    X, y = make_windows(series, window, horizon)
    target_index = np.arange(window + horizon - 1, len(np.ravel(series)))
    cut_val, cut_test = np.searchsorted(target_index, [n_train, n_train + n_val])
    return {"train": (X[:cut_val], y[:cut_val]), "val": (X[cut_val:cut_test], y[cut_val:cut_test]),
            "test": (X[cut_test:], y[cut_test:])}
