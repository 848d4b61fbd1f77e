# target: ch07_probe
# kind: alternative
# why: block means by reshape to (n, size, bh, size, bw); manual standardisation with std 0 replaced by 1
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    if imgs.ndim == 4:
        imgs = imgs[..., 0]
    n, h, w = imgs.shape
    if h % size != 0 or w % size != 0:
        raise ValueError(f"image height {h} and width {w} must be multiples of size={size}")
    bh, bw = h // size, w // size
    blocks = imgs.reshape(n, size, bh, size, bw).mean(axis=(2, 4))
    return blocks.reshape(n, size * size).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    mu = train.mean(axis=0)
    sd = train.std(axis=0)
    sd = np.where(sd == 0, 1.0, sd)
    clf = LogisticRegression(max_iter=1000)
    clf.fit((train - mu) / sd, y_train)
    return float(clf.score((test - mu) / sd, y_test))
