# target: ch04_pooling
# kind: mutant
# why: breaks 4.3b: the odd padding row/column is placed before (top/left) instead of after
def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    """Max or average pooling of a batch of feature maps, like Keras's pooling layers."""
    if mode not in ("max", "average"):
        raise ValueError(f"unknown mode {mode!r}")
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    x = np.asarray(x, dtype=np.float64)
    B, H, W, C = x.shape
    k_h, k_w = (size, size) if np.ndim(size) == 0 else tuple(size)
    if stride is None:
        stride = (k_h, k_w)
    s_h, s_w = (stride, stride) if np.ndim(stride) == 0 else tuple(stride)
    if padding == "same":
        pad_h = same_padding(H, k_h, s_h)[::-1]
        pad_w = same_padding(W, k_w, s_w)[::-1]
    else:
        pad_h = pad_w = (0, 0)
    fill = -np.inf if mode == "max" else 0.0
    xp = np.pad(x, ((0, 0), pad_h, pad_w, (0, 0)), constant_values=fill)
    real = np.pad(np.ones((1, H, W, 1)), ((0, 0), pad_h, pad_w, (0, 0)))
    H_out = (xp.shape[1] - k_h) // s_h + 1
    W_out = (xp.shape[2] - k_w) // s_w + 1
    if mode == "max":
        out = np.full((B, H_out, W_out, C), -np.inf)
    else:
        out = np.zeros((B, H_out, W_out, C))
        count = np.zeros((1, H_out, W_out, 1))
    for u in range(k_h):
        for v in range(k_w):
            rows = slice(u, u + s_h * (H_out - 1) + 1, s_h)
            cols = slice(v, v + s_w * (W_out - 1) + 1, s_w)
            if mode == "max":
                out = np.maximum(out, xp[:, rows, cols, :])
            else:
                out += xp[:, rows, cols, :]
                count += real[:, rows, cols, :]
    if mode == "average":
        out = out / count
    return out
