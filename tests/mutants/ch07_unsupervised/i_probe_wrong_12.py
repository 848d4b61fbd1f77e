# target: ch07_probe
# kind: mutant
# why: fits LogisticRegression with C=0.01 (stronger regularisation) instead of the defaults with max_iter=1000
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    n, h, w = imgs.shape[:3]
    imgs = imgs.reshape(n, h, w)
    if h % size or w % size:
        raise ValueError(f"h and w must be multiples of size={size}")
    out = imgs.reshape(n, size, h // size, size, w // size).mean(axis=(2, 4))
    return out.reshape(n, -1).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    mu, sd = train.mean(axis=0), train.std(axis=0)
    sd[sd == 0] = 1.0
    clf = LogisticRegression(max_iter=1000, C=0.01).fit((train - mu) / sd, y_train)
    return float(clf.score((test - mu) / sd, y_test))
