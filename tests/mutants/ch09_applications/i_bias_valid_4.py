# target: ch09_bias
# kind: alternative
# why: np.roll and then zeroing the wrapped-around strips; permutation validated by comparing with its own argsort inverse
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    rows, cols = images.shape[-2], images.shape[-1]
    if abs(dy) >= rows or abs(dx) >= cols:
        return np.zeros_like(images)
    out = np.roll(images, shift=(dy, dx), axis=(-2, -1))   # np.roll returns a copy
    if dy > 0:
        out[..., :dy, :] = 0
    elif dy < 0:
        out[..., dy:, :] = 0
    if dx > 0:
        out[..., :, :dx] = 0
    elif dx < 0:
        out[..., :, dx:] = 0
    return out


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    shape = images.shape
    n_pixels = shape[-1] * shape[-2]
    perm = np.array(permutation)
    valid = perm.shape == (n_pixels,) and np.issubdtype(perm.dtype, np.integer) and perm.size > 0
    valid = valid and perm.min() >= 0 and perm.max() < n_pixels
    valid = valid and np.all(perm[np.argsort(perm)] == np.arange(n_pixels))
    if not valid:
        raise ValueError("permutation is not a reordering of the pixel indices 0 .. rows*cols-1")
    lead = shape[:-2]
    return images.reshape(*lead, n_pixels)[..., perm].reshape(shape)
