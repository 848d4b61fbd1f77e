# target: ch04_conv2d
# kind: mutant
# why: breaks 4.2a: a stride pair is unpacked as (s_w, s_h), so stride=(s_h, s_w) with s_h != s_w strides the wrong axes
def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    if x.shape[-1] != kernels.shape[2]:
        raise ValueError("channel counts of x and kernels disagree")
    if np.ndim(stride) == 0:
        s_w = s_h = int(stride)
    else:
        s_w, s_h = (int(s) for s in stride)
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
            out += patch @ kernels[u, v]
    if bias is not None:
        out = out + np.asarray(bias, dtype=np.float64)
    return out
