# target: ch09_bias
# kind: mutant
# why: 9.3b: pixels are numbered in column-major order (Fortran reshape) instead of row-major
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    images = np.asarray(images)
    rows, cols = images.shape[-2], images.shape[-1]
    out = np.zeros_like(images)
    if abs(dx) >= cols or abs(dy) >= rows:
        return out
    dst_rows = slice(max(dy, 0), rows + min(dy, 0))
    src_rows = slice(max(-dy, 0), rows - max(dy, 0))
    dst_cols = slice(max(dx, 0), cols + min(dx, 0))
    src_cols = slice(max(-dx, 0), cols - max(dx, 0))
    out[..., dst_rows, dst_cols] = images[..., src_rows, src_cols]
    return out


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    images = np.asarray(images)
    rows, cols = images.shape[-2], images.shape[-1]
    n_pixels = rows * cols
    perm = np.asarray(permutation)
    if perm.ndim != 1 or perm.shape[0] != n_pixels or not np.array_equal(np.sort(perm), np.arange(n_pixels)):
        raise ValueError(f"permutation must be an ordering of 0 .. {n_pixels - 1}")
    flat = np.swapaxes(images, -1, -2).reshape(images.shape[:-2] + (n_pixels,))  # numbers pixels column by column
    out = flat[..., perm]
    return np.swapaxes(out.reshape(images.shape[:-2] + (cols, rows)), -1, -2)
