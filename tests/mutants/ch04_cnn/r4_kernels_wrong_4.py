# target: ch04_kernels
# kind: mutant
# why: breaks 4.5b: uses conv2d 'valid' and pads the gradient magnitude with zeros afterwards, so the border pixels are 0 instead of the 'same' values
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.ones((size, size, 1, 1)) / size ** 2
    return conv2d(x, kernel, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="valid")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="valid")[0, :, :, 0]
    return np.pad(np.sqrt(gx ** 2 + gy ** 2), 1)
