# target: ch04_conv2d
# kind: alternative
# why: im2col with sliding_window_view and one tensordot; padding computed inline
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    images = np.array(x, dtype=np.float64)
    weights = np.array(kernels, dtype=np.float64)
    if isinstance(stride, int):
        stride = (stride, stride)
    k_h, k_w, c_in, _ = weights.shape
    if images.shape[3] != c_in:
        raise ValueError("x and kernels disagree on the number of input channels")
    if padding not in ("valid", "same"):
        raise ValueError("padding must be 'valid' or 'same'")
    if padding == "same":
        pads = []
        for n, k, s in ((images.shape[1], k_h, stride[0]), (images.shape[2], k_w, stride[1])):
            total = max((-(-n // s) - 1) * s + k - n, 0)
            pads.append((total // 2, total - total // 2))
        images = np.pad(images, ((0, 0), pads[0], pads[1], (0, 0)))
    windows = sliding_window_view(images, (k_h, k_w), axis=(1, 2))[:, :: stride[0], :: stride[1]]
    # windows: (batch, h_out, w_out, c_in, k_h, k_w)
    out = np.tensordot(windows, weights, axes=([4, 5, 3], [0, 1, 2]))
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    return out
