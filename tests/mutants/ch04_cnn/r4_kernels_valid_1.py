# target: ch04_kernels
# kind: alternative
# why: valid: straightforward; image -> (1, H, W, 1), kernels -> (k, k, 1, 1), two conv2d calls with padding='same', np.hypot for the magnitude
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[np.newaxis, :, :, np.newaxis]
    kernel = np.full((size, size, 1, 1), 1.0 / size ** 2)
    return conv2d(x, kernel, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[np.newaxis, :, :, np.newaxis]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.hypot(gx, gy)
