# target: ch04_pooling
# kind: mutant
# why: the reshape trick, which is only right when the stride equals the window and there is no padding
def pool2d(x, size=2, stride=None, mode="max", padding="valid"):
    x = np.asarray(x, dtype=np.float64)
    p_h, p_w = (size, size) if np.ndim(size) == 0 else size
    if mode not in ("max", "average"):
        raise ValueError("unknown mode")
    if padding not in ("valid", "same"):
        raise ValueError("unknown padding")
    b, h, w, c = x.shape
    h_out, w_out = h // p_h, w // p_w
    blocks = x[:, : h_out * p_h, : w_out * p_w].reshape(b, h_out, p_h, w_out, p_w, c)
    return blocks.max(axis=(2, 4)) if mode == "max" else blocks.mean(axis=(2, 4))
