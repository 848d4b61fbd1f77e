# target: ch09_bias
# kind: mutant
# why: 9.3a/9.3b: both functions assume a batch (n, rows, cols): a single 2D image or extra leading axes break
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    n, rows, cols = images.shape
    out = np.zeros_like(images)
    if abs(dx) >= cols or abs(dy) >= rows:
        return out
    out[:, max(dy, 0):rows + min(dy, 0), max(dx, 0):cols + min(dx, 0)] = \
        images[:, max(-dy, 0):rows - max(dy, 0), max(-dx, 0):cols - max(dx, 0)]
    return out


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    n, rows, cols = images.shape
    perm = np.asarray(permutation)
    if perm.ndim != 1 or perm.shape[0] != rows * cols or not np.array_equal(np.sort(perm), np.arange(rows * cols)):
        raise ValueError(f"permutation must be an ordering of 0 .. {rows * cols - 1}")
    return images.reshape(n, rows * cols)[:, perm].reshape(n, rows, cols)
