# target: ch04_pooling
# kind: mutant
# why: pads with zeros for max pooling too, so a zero beats negative maps at the border
def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    p_h, p_w = (size, size) if np.ndim(size) == 0 else size
    if stride is None:
        stride = (p_h, p_w)
    s_h, s_w = (stride, stride) if np.ndim(stride) == 0 else stride
    if mode not in ("max", "average"):
        raise ValueError("unknown mode")
    if padding == "same":
        pads = (same_padding(x.shape[1], p_h, s_h), same_padding(x.shape[2], p_w, s_w))
    elif padding == "valid":
        pads = ((0, 0), (0, 0))
    else:
        raise ValueError("unknown padding")
    spec = ((0, 0), *pads, (0, 0))
    values = np.pad(x, spec, constant_values=0.0)
    real = np.pad(np.ones_like(x), spec)
    h_out = (values.shape[1] - p_h) // s_h + 1
    w_out = (values.shape[2] - p_w) // s_w + 1
    windows = [(slice(None), slice(u, u + s_h * (h_out - 1) + 1, s_h), slice(v, v + s_w * (w_out - 1) + 1, s_w))
               for u in range(p_h) for v in range(p_w)]
    if mode == "max":
        return np.max([values[w] for w in windows], axis=0)
    return np.sum([values[w] for w in windows], axis=0) / np.sum([real[w] for w in windows], axis=0)
