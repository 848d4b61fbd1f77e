# target: ch04_conv2d
# kind: alternative
# why: valid: einsum over sliding windows, helper functions, pads by hand into a zeros array (TF placement), debug prints left in
from numpy.lib.stride_tricks import sliding_window_view


def as_pair(v):
    if isinstance(v, (tuple, list)):
        return int(v[0]), int(v[1])
    return int(v), int(v)


def tf_pad_amounts(n, k, s):
    n_out = -(-n // s)
    total = max((n_out - 1) * s + k - n, 0)
    return total // 2, total - total // 2


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    """Multi-channel 2-D cross-correlation of a batch of images, like tf.nn.conv2d."""
    print(type(x), np.shape(x), np.shape(kernels), "stride", stride, "padding", padding)
    if padding != "valid" and padding != "same":
        raise ValueError("padding?")
    if np.shape(x)[3] != np.shape(kernels)[2]:
        raise ValueError("C_in of x and kernels differ")
    s_h, s_w = as_pair(stride)
    k_h, k_w = np.shape(kernels)[:2]
    B, H, W, C = np.shape(x)
    if padding == "same":
        t, b = tf_pad_amounts(H, k_h, s_h)
        l, r = tf_pad_amounts(W, k_w, s_w)
        xp = np.zeros((B, H + t + b, W + l + r, C))
        xp[:, t:t + H, l:l + W, :] = x
    else:
        xp = np.asarray(x, dtype=np.float64)
    windows = sliding_window_view(xp, (k_h, k_w), axis=(1, 2))[:, ::s_h, ::s_w]   # B,Ho,Wo,C,kh,kw
    out = np.einsum("bijcuv,uvco->bijo", windows, np.asarray(kernels, dtype=np.float64))
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    print("out", out.shape, out.dtype)
    return out.astype(np.float64)
