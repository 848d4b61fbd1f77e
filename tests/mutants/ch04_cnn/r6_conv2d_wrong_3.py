# target: ch04_conv2d
# kind: mutant
# why: breaks 4.2c: no explicit channel check; NumPy broadcasting raises ValueError for 3 vs 2 channels, but a kernel with C_in = 1 is silently broadcast over 3 input channels instead of raising
def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    s_h, s_w = (int(stride), int(stride)) if np.ndim(stride) == 0 else (int(stride[0]), int(stride[1]))
    kh, kw = kernels.shape[:2]
    if padding == "same":
        ph = same_padding(x.shape[1], kh, s_h)
        pw = same_padding(x.shape[2], kw, s_w)
        x = np.pad(x, ((0, 0), tuple(ph), tuple(pw), (0, 0)))
    H_out = (x.shape[1] - kh) // s_h + 1
    W_out = (x.shape[2] - kw) // s_w + 1
    out = np.zeros((x.shape[0], H_out, W_out, kernels.shape[3]))
    for u in range(kh):
        for v in range(kw):
            patch = x[:, u:u + s_h * (H_out - 1) + 1:s_h, v:v + s_w * (W_out - 1) + 1:s_w, :]
            # (B, H, W, C_in, 1) * (C_in, C_out), summed over the input channels
            out += (patch[..., None] * kernels[u, v]).sum(axis=-2)
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    return out
