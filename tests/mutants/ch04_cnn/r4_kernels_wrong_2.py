# target: ch04_kernels
# kind: mutant
# why: breaks 4.5a: pads by hand with size//2 zeros before and (size-1)//2 after, then conv2d 'valid'; for even sizes the odd zero goes before instead of after
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.ones((size, size, 1, 1)) / size ** 2
    x = np.pad(x, ((0, 0), (size // 2, (size - 1) // 2), (size // 2, (size - 1) // 2), (0, 0)))
    return conv2d(x, kernel, padding="valid")[0, :, :, 0]


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.sqrt(gx ** 2 + gy ** 2)
