# target: ch04_kernels
# kind: alternative
# why: valid: separable box blur (a 1 x size then a size x 1 'same' conv2d, equal up to rounding), both Sobel kernels in one conv2d call with two output channels, magnitude with np.hypot
def box_blur(image, size=3):
    x = np.asarray(image, dtype=np.float64)[np.newaxis, :, :, np.newaxis]
    row = np.full((1, size, 1, 1), 1.0 / size)
    column = np.full((size, 1, 1, 1), 1.0 / size)
    return conv2d(conv2d(x, row, padding="same"), column, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    x = np.asarray(image)
    both = np.stack([SOBEL_X, SOBEL_Y], axis=-1)[:, :, np.newaxis, :]  # (3, 3, 1, 2)
    g = conv2d(x.reshape(1, *x.shape, 1), both, padding="same")[0]
    return np.hypot(g[..., 0], g[..., 1])
