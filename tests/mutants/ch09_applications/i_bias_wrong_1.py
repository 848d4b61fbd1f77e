# target: ch09_bias
# kind: mutant
# why: 9.3a: np.roll alone: content that leaves one side wraps around to the other instead of becoming 0
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    return np.roll(images, shift=(dy, dx), axis=(-2, -1))


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    images = np.asarray(images)
    rows, cols = images.shape[-2], images.shape[-1]
    n_pixels = rows * cols
    perm = np.asarray(permutation)
    if perm.ndim != 1 or perm.shape[0] != n_pixels or not np.array_equal(np.sort(perm), np.arange(n_pixels)):
        raise ValueError(f"permutation must be an ordering of 0 .. {n_pixels - 1}")
    flat = images.reshape(images.shape[:-2] + (n_pixels,))
    return flat[..., perm].reshape(images.shape)
