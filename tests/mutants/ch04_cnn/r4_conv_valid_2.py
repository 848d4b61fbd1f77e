# target: ch04_conv2d
# kind: alternative
# why: valid: im2col with sliding_window_view, windows transposed to (kh, kw, C) order and one matrix product; stride may be a NumPy array pair
from numpy.lib.stride_tricks import sliding_window_view


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    """Multi-channel 2-D cross-correlation of a batch of images, like tf.nn.conv2d."""
    x = np.array(x, dtype=np.float64)            # copy, so the caller's array is safe
    w = np.array(kernels, dtype=np.float64)
    kh, kw, cin, cout = w.shape
    if x.shape[-1] != cin:
        raise ValueError("channel mismatch: %d vs %d" % (x.shape[-1], cin))
    sh, sw = (int(stride), int(stride)) if np.ndim(stride) == 0 else (int(stride[0]), int(stride[1]))
    if padding == "same":
        ph = same_padding(x.shape[1], kh, sh)
        pw = same_padding(x.shape[2], kw, sw)
        x = np.pad(x, [(0, 0), ph, pw, (0, 0)], mode="constant", constant_values=0.0)
    elif padding != "valid":
        raise ValueError("unknown padding: " + str(padding))
    # windows: (B, H-kh+1, W-kw+1, C, kh, kw)
    win = sliding_window_view(x, (kh, kw), axis=(1, 2))[:, ::sh, ::sw]
    B, Ho, Wo = win.shape[:3]
    cols = win.transpose(0, 1, 2, 4, 5, 3).reshape(B * Ho * Wo, kh * kw * cin)
    # print("im2col", cols.shape, w.reshape(-1, cout).shape)
    y = (cols @ w.reshape(kh * kw * cin, cout)).reshape(B, Ho, Wo, cout)
    if bias is not None:
        y += np.asarray(bias, dtype=np.float64).reshape(1, 1, 1, cout)
    return y
