# target: ch09_bias
# kind: alternative
# why: pad-and-crop shift with np.pad (handles any shift size), permutation checked with a set and bincount, pixels gathered with np.take
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    rows, cols = images.shape[-2:]
    dy = max(-rows, min(rows, int(dy)))  # anything beyond the image is all zeros anyway
    dx = max(-cols, min(cols, int(dx)))
    py, px = abs(dy), abs(dx)
    widths = [(0, 0)] * (images.ndim - 2) + [(py, py), (px, px)]
    padded = np.pad(images, widths, mode="constant", constant_values=0)
    top, left = py - dy, px - dx
    return padded[..., top:top + rows, left:left + cols].copy()


def check_permutation(permutation, n_pixels):
    """Raise if `permutation` is not an ordering of 0 .. n_pixels - 1; return it as an integer array."""
    perm = np.asarray(permutation)
    if perm.shape != (n_pixels,):
        raise ValueError(f"permutation has shape {perm.shape}, expected ({n_pixels},)")
    if not np.issubdtype(perm.dtype, np.integer):
        if not np.all(perm == np.round(perm)):
            raise ValueError("permutation must hold integers")
        perm = perm.astype(np.int64)
    if perm.min() < 0 or perm.max() >= n_pixels or len(set(perm.tolist())) != n_pixels:
        raise ValueError("permutation has out-of-range or repeated entries")
    return perm


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    print("permute_pixels got", type(images), images.dtype, images.shape)
    n_pixels = images.shape[-2] * images.shape[-1]
    perm = check_permutation(permutation, n_pixels)
    flat = np.reshape(images, images.shape[:-2] + (n_pixels,))
    return np.take(flat, perm, axis=-1).reshape(images.shape)
