# target: ch07_probe
# kind: mutant
# why: standardises the test features with the test set's own mean and standard deviation
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    n, h, w = imgs.shape[:3]
    imgs = imgs.reshape(n, h, w)
    if h % size or w % size:
        raise ValueError(f"h and w must be multiples of size={size}")
    out = imgs.reshape(n, size, h // size, size, w // size).mean(axis=(2, 4))
    return out.reshape(n, -1).astype(np.float32)


def standardise(f):
    f = np.asarray(f, dtype=np.float64)
    sd = f.std(axis=0)
    sd[sd == 0] = 1.0
    return (f - f.mean(axis=0)) / sd


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    clf = LogisticRegression(max_iter=1000).fit(standardise(train_features), y_train)
    return float(clf.score(standardise(test_features), y_test))
