# target: ch04_kernels
# kind: mutant
# why: breaks 4.5a: divides each window sum by the number of real pixels (like average pooling) instead of size**2, so the padded zeros do not count at the border
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.ones((size, size, 1, 1))
    sums = conv2d(x, kernel, padding="same")
    counts = conv2d(np.ones_like(x), kernel, padding="same")
    return (sums / counts)[0, :, :, 0]


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.sqrt(gx ** 2 + gy ** 2)
