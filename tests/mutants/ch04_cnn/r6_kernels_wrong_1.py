# target: ch04_kernels
# kind: mutant
# why: breaks 4.5a: computes a true convolution by flipping the image before and after conv2d('same'); the box kernel is symmetric, but for even sizes the odd zero row/column lands before the image instead of after (one-pixel shift)
def box_blur(image, size=3):
    x = np.asarray(image, dtype=np.float64)[None, ::-1, ::-1, None]  # convolution = correlation of the flipped signal
    kernel = np.full((size, size, 1, 1), 1.0 / size**2)
    return conv2d(x, kernel, padding="same")[0, ::-1, ::-1, 0].copy()


def edge_magnitude(image):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.sqrt(gx**2 + gy**2)
