# target: ch04_pooling
# kind: alternative
# why: valid: pads with NaN and reduces sliding_window_view windows with np.nanmax / np.nanmean, so padded cells never count
from numpy.lib.stride_tricks import sliding_window_view


def to_pair(v):
    if isinstance(v, (tuple, list, np.ndarray)):
        return int(v[0]), int(v[1])
    return int(v), int(v)


def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    """Max or average pooling of a batch of feature maps, like Keras's pooling layers."""
    if mode != "max" and mode != "average":
        raise ValueError("mode must be 'max' or 'average'")
    if padding != "valid" and padding != "same":
        raise ValueError("padding must be 'valid' or 'same'")
    kh, kw = to_pair(size)
    sh, sw = to_pair(size if stride is None else stride)
    x = np.asarray(x, dtype=np.float64)
    if padding == "same":
        x = np.pad(x, ((0, 0), same_padding(x.shape[1], kh, sh), same_padding(x.shape[2], kw, sw), (0, 0)),
                   constant_values=np.nan)
    windows = sliding_window_view(x, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]   # (B, Ho, Wo, C, kh, kw)
    if mode == "max":
        return np.nanmax(windows, axis=(4, 5))
    return np.nanmean(windows, axis=(4, 5))
