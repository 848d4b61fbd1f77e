# target: ch07_probe
# kind: mutant
# why: crops the remainder rows/columns silently instead of raising ValueError when h or w is not a multiple of size
def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    imgs = np.asarray(images, dtype=np.float64)
    n, h, w = imgs.shape[:3]
    imgs = imgs.reshape(n, h, w)
    bh, bw = h // size, w // size
    imgs = imgs[:, :bh * size, :bw * size]
    out = imgs.reshape(n, size, bh, size, bw).mean(axis=(2, 4))
    return out.reshape(n, -1).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    mu, sd = train.mean(axis=0), train.std(axis=0)
    sd[sd == 0] = 1.0
    clf = LogisticRegression(max_iter=1000).fit((train - mu) / sd, y_train)
    return float(clf.score((test - mu) / sd, y_test))

