# target: ch07_probe
# kind: mutant
# why: reshapes to (n, bh, size, bw, size) and averages axes 1 and 3: means over strided pixel sets, not contiguous blocks
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    n, h, w = imgs.shape[:3]
    imgs = imgs.reshape(n, h, w)
    if h % size or w % size:
        raise ValueError(f"h and w must be multiples of size={size}")
    out = imgs.reshape(n, h // size, size, w // size, size).mean(axis=(1, 3))
    return out.reshape(n, -1).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    mu, sd = train.mean(axis=0), train.std(axis=0)
    sd[sd == 0] = 1.0
    clf = LogisticRegression(max_iter=1000).fit((train - mu) / sd, y_train)
    return float(clf.score((test - mu) / sd, y_test))

