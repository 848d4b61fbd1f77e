# target: ch07_probe
# kind: mutant
# why: assumes square images and uses h // size for the block width too
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    n, h, w = imgs.shape[:3]
    imgs = imgs.reshape(n, h, w)
    if h % size:
        raise ValueError(f"image side must be a multiple of size={size}")
    block = h // size
    out = np.zeros((n, size, size))
    for i in range(size):
        for j in range(size):
            out[:, i, j] = imgs[:, i * block:(i + 1) * block, j * block:(j + 1) * block].mean(axis=(1, 2))
    return out.reshape(n, -1).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    mu, sd = train.mean(axis=0), train.std(axis=0)
    sd[sd == 0] = 1.0
    clf = LogisticRegression(max_iter=1000).fit((train - mu) / sd, y_train)
    return float(clf.score((test - mu) / sd, y_test))

