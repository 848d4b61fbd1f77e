# target: ch04_pooling
# kind: alternative
# why: valid: plain loops over output pixels with explicit index clipping (no padding array at all), debug print of shapes
import math


def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    """Max or average pooling of a batch of feature maps, like Keras's pooling layers."""
    if mode not in ["max", "average"]:
        raise ValueError(mode)
    if padding not in ["valid", "same"]:
        raise ValueError(padding)
    if type(size) in (tuple, list):
        kh, kw = size
    else:
        kh = kw = size
    if stride is None:
        sh, sw = kh, kw
    elif type(stride) in (tuple, list):
        sh, sw = stride
    else:
        sh = sw = stride
    x = np.asarray(x).astype(np.float64)
    B, H, W, C = x.shape
    if padding == "valid":
        Ho, Wo = (H - kh) // sh + 1, (W - kw) // sw + 1
        top = left = 0
    else:
        Ho, Wo = math.ceil(H / sh), math.ceil(W / sw)
        top = max((Ho - 1) * sh + kh - H, 0) // 2
        left = max((Wo - 1) * sw + kw - W, 0) // 2
    print("pool2d:", x.shape, "->", (B, Ho, Wo, C))
    out = np.empty((B, Ho, Wo, C), dtype=np.float64)
    for i in range(Ho):
        r0 = i * sh - top
        r1 = min(r0 + kh, H)
        r0 = max(r0, 0)
        for j in range(Wo):
            c0 = j * sw - left
            c1 = min(c0 + kw, W)
            c0 = max(c0, 0)
            win = x[:, r0:r1, c0:c1, :]
            if mode == "max":
                out[:, i, j, :] = win.max(axis=(1, 2))
            else:
                out[:, i, j, :] = win.mean(axis=(1, 2))
    return out
