# target: ch04_kernels
# kind: mutant
# why: uses only the horizontal Sobel kernel
def box_blur(image, size=3):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.full((size, size, 1, 1), 1.0 / size**2)
    return conv2d(x, kernel, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernels = SOBEL_X[:, :, None, None]
    gradients = conv2d(x, kernels, padding="same")[0]
    return np.sqrt(np.sum(gradients**2, axis=-1))
