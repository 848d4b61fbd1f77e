# target: ch04_conv2d
# kind: mutant
# why: breaks 4.2a: 'same' padding of the width is computed with k_h instead of k_w (typo), wrong for non-square kernels
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
        pad_h = same_padding(H, k_h, s_h)
        pad_w = same_padding(W, k_h, s_w)
        x = np.pad(x, ((0, 0), pad_h, pad_w, (0, 0)))
    H_out = (x.shape[1] - k_h) // s_h + 1
    W_out = (x.shape[2] - k_w) // s_w + 1
    out = np.zeros((B, H_out, W_out, c_out))
    for u in range(k_h):
        for v in range(k_w):
            window = x[:, u:u + s_h * (H_out - 1) + 1:s_h, v:v + s_w * (W_out - 1) + 1:s_w, :]
            out += window @ kernels[u, v]
    if bias is not None:
        out = out + bias
    return out
