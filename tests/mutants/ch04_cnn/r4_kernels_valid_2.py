# target: ch04_kernels
# kind: alternative
# why: valid: box blur as two separable 1-D passes through conv2d ((size,1) then (1,size) kernels, zero padding factorises), Sobel as one conv2d call with a 2-output-channel kernel; debug prints
def to_batch(image):
    img = np.asarray(image)
    print(type(img), img.shape, img.dtype)
    return img.reshape(1, img.shape[0], img.shape[1], 1)


def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    x = to_batch(image)
    column = np.ones((size, 1, 1, 1)) / size
    row = np.ones((1, size, 1, 1)) / size
    y = conv2d(x, column, padding="same")
    y = conv2d(y, row, padding="same")
    return y.reshape(np.shape(image))


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    x = to_batch(image)
    both = np.stack([SOBEL_X, SOBEL_Y], axis=-1)[:, :, np.newaxis, :]   # (3, 3, 1, 2)
    g = conv2d(x, both, stride=1, padding="same")
    print("gradients", g.shape)
    return np.sqrt(np.sum(g[0] ** 2, axis=-1))
