# target: ch09_bias
# kind: mutant
# why: returns float64 whatever the input dtype
def shift_images(images, dx, dy):
    """Move the content of every image dx columns right and dy rows down, filling with zeros."""
    images = np.asarray(images)
    shifted = np.zeros(images.shape)
    rows, columns = images.shape[-2:]
    if abs(dx) >= columns or abs(dy) >= rows:
        return shifted
    source = images[..., max(0, -dy):rows - max(0, dy), max(0, -dx):columns - max(0, dx)]
    shifted[..., max(0, dy):rows - max(0, -dy), max(0, dx):columns - max(0, -dx)] = source
    return shifted


def permute_pixels(images, permutation):
    """Reorder the pixels of every image: output pixel k is input pixel permutation[k] (row-major)."""
    images = np.asarray(images)
    size = images.shape[-2] * images.shape[-1]
    order = np.asarray(permutation)
    if order.shape != (size,) or not np.array_equal(np.sort(order), np.arange(size)):
        raise ValueError(f"Expected permutation to order 0..{size - 1}. Received: permutation of shape {order.shape}")
    flat = images.reshape(*images.shape[:-2], size)
    return flat[..., order].reshape(images.shape)
