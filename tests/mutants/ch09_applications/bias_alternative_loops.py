# target: ch09_bias
# kind: alternative
# why: loops over the target positions for the shift; validates with set() and builds the permuted image with take
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    images = np.asarray(images)
    out = np.zeros(images.shape, dtype=images.dtype)
    height, width = images.shape[-2], images.shape[-1]
    for i in range(height):
        if not 0 <= i - dy < height:
            continue
        for j in range(width):
            if 0 <= j - dx < width:
                out[..., i, j] = images[..., i - dy, j - dx]
    return out


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    images = np.asarray(images)
    n = images.shape[-1] * images.shape[-2]
    perm = [int(p) for p in permutation]
    if len(perm) != n or set(perm) != set(range(n)):
        raise ValueError("permutation must contain each pixel index exactly once")
    flat = images.reshape(images.shape[:-2] + (n,))
    return np.take(flat, perm, axis=-1).reshape(images.shape)
