# target: ch04_pooling
# kind: alternative
# why: valid: windows from sliding_window_view over a NaN-padded map with np.nanmax / np.nanmean (padding never wins and never counts), size/stride as int, tuple, list or array, float32 input cast to float64
from numpy.lib.stride_tricks import sliding_window_view


def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    reducers = {"max": np.nanmax, "average": np.nanmean}
    if not isinstance(mode, str) or mode not in reducers:
        raise ValueError("mode must be 'max' or 'average'")
    if not isinstance(padding, str) or padding not in ("valid", "same"):
        raise ValueError("padding must be 'valid' or 'same'")
    k = np.broadcast_to(np.asarray(size, dtype=np.int64), (2,))
    s = k if stride is None else np.broadcast_to(np.asarray(stride, dtype=np.int64), (2,))
    x64 = np.array(x, dtype=np.float64)
    if padding == "same":
        pads = [same_padding(x64.shape[axis + 1], int(k[axis]), int(s[axis])) for axis in (0, 1)]
        x64 = np.pad(x64, [(0, 0), tuple(int(p) for p in pads[0]), tuple(int(p) for p in pads[1]), (0, 0)],
                     constant_values=np.nan)
    windows = sliding_window_view(x64, (int(k[0]), int(k[1])), axis=(1, 2))[:, ::int(s[0]), ::int(s[1])]
    return reducers[mode](windows, axis=(-2, -1)).astype(np.float64)
