# target: ch04_kernels
# kind: mutant
# why: sums the window instead of averaging it
def box_blur(image, size=3):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.ones((size, size, 1, 1))
    return conv2d(x, kernel, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernels = np.stack([SOBEL_X, SOBEL_Y], axis=-1)[:, :, None, :]
    gradients = conv2d(x, kernels, padding="same")[0]
    return np.sqrt(np.sum(gradients**2, axis=-1))
