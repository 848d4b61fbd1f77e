# target: ch04_pooling
# kind: mutant
# why: breaks 4.3a: with stride=None and a non-square window (k_h, k_w) the stride is set to k_h along both axes instead of (k_h, k_w)
def pair(v):
    return (int(v), int(v)) if np.ndim(v) == 0 else (int(v[0]), int(v[1]))


def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    if mode not in ("max", "average"):
        raise ValueError(f"unknown mode {mode!r}")
    if padding not in ("valid", "same"):
        raise ValueError(f"unknown padding {padding!r}")
    x = np.asarray(x, dtype=np.float64)
    k_h, k_w = pair(size)
    s_h, s_w = pair(k_h if stride is None else stride)
    ones = np.ones(x.shape[:3] + (1,))
    if padding == "same":
        ph = same_padding(x.shape[1], k_h, s_h)
        pw = same_padding(x.shape[2], k_w, s_w)
        widths = ((0, 0), tuple(ph), tuple(pw), (0, 0))
        x = np.pad(x, widths, constant_values=-np.inf)
        ones = np.pad(ones, widths)
    H_out = (x.shape[1] - k_h) // s_h + 1
    W_out = (x.shape[2] - k_w) // s_w + 1
    taps = [(x[:, u:u + s_h * (H_out - 1) + 1:s_h, v:v + s_w * (W_out - 1) + 1:s_w, :],
             ones[:, u:u + s_h * (H_out - 1) + 1:s_h, v:v + s_w * (W_out - 1) + 1:s_w, :])
            for u in range(k_h) for v in range(k_w)]
    if mode == "max":
        return np.max([t for t, _ in taps], axis=0)
    total = np.sum([np.where(c > 0, t, 0.0) for t, c in taps], axis=0)
    count = np.sum([c for _, c in taps], axis=0)
    return total / count
