# target: ch04_pooling
# kind: alternative
# why: loops over output positions and clips each window to the real pixels instead of padding
def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    size = (size, size) if isinstance(size, int) else tuple(size)
    stride = size if stride is None else ((stride, stride) if isinstance(stride, int) else tuple(stride))
    if mode not in ("max", "average") or padding not in ("valid", "same"):
        raise ValueError("mode must be 'max' or 'average' and padding 'valid' or 'same'")
    starts = []
    for axis in (0, 1):
        n, k, s = x.shape[axis + 1], size[axis], stride[axis]
        if padding == "same":
            out = -(-n // s)
            before = max((out - 1) * s + k - n, 0) // 2
        else:
            out, before = (n - k) // s + 1, 0
        starts.append([i * s - before for i in range(out)])
    result = np.empty((x.shape[0], len(starts[0]), len(starts[1]), x.shape[3]))
    for i, top in enumerate(starts[0]):
        for j, left in enumerate(starts[1]):
            window = x[:, max(top, 0) : top + size[0], max(left, 0) : left + size[1], :]
            result[:, i, j, :] = window.max(axis=(1, 2)) if mode == "max" else window.mean(axis=(1, 2))
    return result
