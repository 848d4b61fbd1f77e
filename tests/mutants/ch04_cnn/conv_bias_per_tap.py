# target: ch04_conv2d
# kind: mutant
# affects: ch04_kernels
# why: adds the bias inside the loop, once per kernel tap
def conv2d(x, kernels, bias=None, stride=1, padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    kernels = np.asarray(kernels, dtype=np.float64)
    s_h, s_w = (stride, stride) if np.ndim(stride) == 0 else stride
    k_h, k_w, c_in, c_out = kernels.shape
    if x.shape[-1] != c_in:
        raise ValueError("channel mismatch")
    if padding == "same":
        top, bottom = same_padding(x.shape[1], k_h, s_h)
        left, right = same_padding(x.shape[2], k_w, s_w)
        x = np.pad(x, ((0, 0), (top, bottom), (left, right), (0, 0)))
    elif padding != "valid":
        raise ValueError("unknown padding")
    h_out = (x.shape[1] - k_h) // s_h + 1
    w_out = (x.shape[2] - k_w) // s_w + 1
    out = np.zeros((x.shape[0], h_out, w_out, c_out))
    for u in range(k_h):
        for v in range(k_w):
            out += x[:, u : u + s_h * (h_out - 1) + 1 : s_h, v : v + s_w * (w_out - 1) + 1 : s_w, :] @ kernels[u, v]
            if bias is not None:
                out += np.asarray(bias, dtype=np.float64)
    return out
