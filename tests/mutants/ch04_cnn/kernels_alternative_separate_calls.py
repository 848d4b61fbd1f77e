# target: ch04_kernels
# kind: alternative
# why: one conv2d call per Sobel kernel and np.hypot; the blur kernel built from a 1-D average
def _as_batch(image):
    return np.asarray(image, dtype=np.float64).reshape(1, *np.shape(image), 1)


def box_blur(image, size=3):
    row = np.full(size, 1.0 / size)
    kernel = np.outer(row, row).reshape(size, size, 1, 1)
    return conv2d(_as_batch(image), kernel, padding="same").reshape(np.shape(image))


def edge_magnitude(image):
    gx = conv2d(_as_batch(image), SOBEL_X.reshape(3, 3, 1, 1), padding="same")
    gy = conv2d(_as_batch(image), SOBEL_Y.reshape(3, 3, 1, 1), padding="same")
    return np.hypot(gx, gy).reshape(np.shape(image))
