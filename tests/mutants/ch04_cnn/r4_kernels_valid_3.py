# target: ch04_kernels
# kind: alternative
# why: valid: g_y computed by running conv2d with SOBEL_X on the transposed image and transposing back (same zeros at stride 1 for a 3x3 kernel); box kernel built with np.ones / size**2 and float32 input cast first
def box_blur(image, size=3):
    """Mean over each size x size window, zero padding, same shape as the image."""
    image = np.asarray(image).astype(np.float64)
    h, w = image.shape
    k = (np.ones((size, size)) / size ** 2).reshape(size, size, 1, 1)
    out = conv2d(image.reshape(1, h, w, 1), k, bias=None, stride=1, padding="same")
    return out.reshape(h, w)


def sobel_x_response(img):
    h, w = img.shape
    return conv2d(img.reshape(1, h, w, 1), SOBEL_X.reshape(3, 3, 1, 1), padding="same").reshape(h, w)


def edge_magnitude(image):
    """Sobel gradient magnitude, zero padding, same shape as the image."""
    image = np.asarray(image).astype(np.float64)
    gx = sobel_x_response(image)
    gy = sobel_x_response(np.ascontiguousarray(image.T)).T      # S_y = S_x^T
    return np.sqrt(gx ** 2 + gy ** 2)
