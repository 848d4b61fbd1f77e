# target: ch04_conv2d
# kind: mutant
# affects: ch04_kernels
# why: breaks 4.2d: calls a library convolution (scipy.signal.correlate2d) per image and channel pair
import scipy.signal


def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    """Multi-channel 2-D cross-correlation of a batch of images, like tf.nn.conv2d."""
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    B, H, W, C = x.shape
    k_h, k_w, c_in, c_out = kernels.shape
    if c_in != C:
        raise ValueError("channel counts of x and kernels disagree")
    s_h, s_w = (stride, stride) if np.ndim(stride) == 0 else tuple(stride)
    if padding == "same":
        x = np.pad(x, ((0, 0), same_padding(H, k_h, s_h), same_padding(W, k_w, s_w), (0, 0)))
    full = np.zeros((B, x.shape[1] - k_h + 1, x.shape[2] - k_w + 1, c_out))
    for b in range(B):
        for o in range(c_out):
            for c in range(C):
                full[b, :, :, o] += scipy.signal.correlate2d(x[b, :, :, c], kernels[:, :, c, o], mode="valid")
    out = full[:, ::s_h, ::s_w, :]
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    return out
