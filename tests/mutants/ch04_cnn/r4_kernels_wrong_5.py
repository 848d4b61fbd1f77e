# target: ch04_kernels
# kind: mutant
# why: breaks 4.5c: np.squeeze the conv2d output, which also drops the height (or width) axis of a 1-pixel-high image, e.g. (1, W) -> (W,)
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.ones((size, size, 1, 1)) / size ** 2
    return np.squeeze(conv2d(x, kernel, padding="same"))


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = np.squeeze(conv2d(x, SOBEL_X[:, :, None, None], padding="same"))
    gy = np.squeeze(conv2d(x, SOBEL_Y[:, :, None, None], padding="same"))
    return np.sqrt(gx ** 2 + gy ** 2)
