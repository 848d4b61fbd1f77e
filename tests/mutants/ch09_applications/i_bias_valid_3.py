# target: ch09_bias
# kind: alternative
# why: loops: shift by copying one destination row/column at a time (vectorised over the batch), permutation validated with a Python loop and applied through a 2D index map
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    rows, cols = images.shape[-2], images.shape[-1]
    out = np.zeros(images.shape, dtype=images.dtype)
    for i in range(rows):
        src_i = i - dy
        if not 0 <= src_i < rows:
            continue
        for j in range(cols):
            src_j = j - dx
            if 0 <= src_j < cols:
                out[..., i, j] = images[..., src_i, src_j]
    return out


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    rows, cols = images.shape[-2], images.shape[-1]
    n_pixels = rows * cols
    if len(permutation) != n_pixels:
        raise ValueError(f"permutation has {len(permutation)} entries, the images have {n_pixels} pixels")
    seen = [False] * n_pixels
    for p in permutation:
        if not 0 <= p < n_pixels or seen[p]:
            raise ValueError(f"permutation is not an ordering of 0..{n_pixels - 1}: bad entry {p}")
        seen[p] = True
    source = np.asarray(permutation, dtype=np.int64)
    src_rows, src_cols = np.divmod(source, cols)          # row-major: pixel k sits at (k // cols, k % cols)
    out = images[..., src_rows, src_cols]                # gather, shape (..., n_pixels)
    return out.reshape(images.shape)
