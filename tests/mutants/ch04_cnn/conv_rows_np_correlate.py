# target: ch04_conv2d
# kind: mutant
# affects: ch04_kernels
# why: breaks 4.2d: right values, but each output row comes from np.correlate, a library correlation, over the padded input rows
def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    """Multi-channel 2-D cross-correlation of a batch of images, like tf.nn.conv2d."""
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    s_h, s_w = (stride, stride) if np.ndim(stride) == 0 else stride
    k_h, k_w, c_in, c_out = kernels.shape
    if x.shape[-1] != c_in:
        raise ValueError(f"Expected {c_in} input channels. Received: x.shape={x.shape}")
    if padding == "same":
        top, bottom = same_padding(x.shape[1], k_h, s_h)
        left, right = same_padding(x.shape[2], k_w, s_w)
        x = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    elif padding != "valid":
        raise ValueError(f"Expected padding 'valid' or 'same'. Received: padding={padding!r}")
    h_out = (x.shape[1] - k_h) // s_h + 1
    w_out = (x.shape[2] - k_w) // s_w + 1
    out = np.zeros((x.shape[0], h_out, w_out, c_out))
    for b in range(x.shape[0]):
        for i in range(h_out):
            for o in range(c_out):
                for c in range(c_in):
                    for u in range(k_h):
                        row = np.correlate(x[b, i * s_h + u, :, c], kernels[u, :, c, o], mode="valid")
                        out[b, i, :, o] += row[::s_w][:w_out]
    if bias is not None:
        out += np.asarray(bias, dtype=np.float64)
    return out
