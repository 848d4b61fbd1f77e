# target: ch04_conv2d
# kind: alternative
# why: valid: loop over the kernel taps with strided slices and np.tensordot, zeros placed by same_padding from Task 4.1
def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    """Multi-channel 2-D cross-correlation of a batch of images, like tf.nn.conv2d."""
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    if padding not in ("valid", "same"):
        raise ValueError(f"padding must be 'valid' or 'same', not {padding!r}")
    batch, height, width, c_in = x.shape
    k_h, k_w, k_in, c_out = kernels.shape
    if k_in != c_in:
        raise ValueError(f"x has {c_in} channels but the kernels expect {k_in}")
    if isinstance(stride, (int, np.integer)):
        s_h = s_w = stride
    else:
        s_h, s_w = stride
    if padding == "same":
        top, bottom = same_padding(height, k_h, s_h)
        left, right = same_padding(width, k_w, s_w)
        x = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    h_out = (x.shape[1] - k_h) // s_h + 1
    w_out = (x.shape[2] - k_w) // s_w + 1
    out = np.zeros((batch, h_out, w_out, c_out), dtype=np.float64)
    for u in range(k_h):
        for v in range(k_w):
            patch = x[:, u:u + s_h * (h_out - 1) + 1:s_h, v:v + s_w * (w_out - 1) + 1:s_w, :]
            out += np.tensordot(patch, kernels[u, v], axes=([3], [0]))
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    return out
