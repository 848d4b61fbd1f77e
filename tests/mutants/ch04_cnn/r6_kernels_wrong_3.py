# target: ch04_kernels
# kind: mutant
# why: breaks 4.5c: box_blur(image, 1) short-cuts to the image itself (no conv2d call, no float64 copy: a float32 image stays float32 and the caller's array is returned)
def box_blur(image, size=3):
    if size == 1:
        return image  # a 1x1 mean is the pixel itself
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    kernel = np.full((size, size, 1, 1), 1.0 / size**2)
    return conv2d(x, kernel, padding="same")[0, :, :, 0]


def edge_magnitude(image):
    x = np.asarray(image, dtype=np.float64)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.sqrt(gx**2 + gy**2)
