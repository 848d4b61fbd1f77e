# target: ch04_kernels
# kind: mutant
# why: breaks 4.5c: casts the results back to the image's dtype, so a float32 image gives float32 results instead of float64
def box_blur(image, size=3):
    x = np.asarray(image)[None, :, :, None]
    kernel = np.full((size, size, 1, 1), 1.0 / size**2)
    return conv2d(x, kernel, padding="same")[0, :, :, 0].astype(np.asarray(image).dtype)


def edge_magnitude(image):
    x = np.asarray(image)[None, :, :, None]
    gx = conv2d(x, SOBEL_X[:, :, None, None], padding="same")[0, :, :, 0]
    gy = conv2d(x, SOBEL_Y[:, :, None, None], padding="same")[0, :, :, 0]
    return np.sqrt(gx**2 + gy**2).astype(np.asarray(image).dtype)
