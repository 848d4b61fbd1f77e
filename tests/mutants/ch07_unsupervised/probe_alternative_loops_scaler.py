# target: ch07_probe
# kind: alternative
# why: block means with explicit loops, and scikit-learn's StandardScaler in a pipeline
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def downsample(images, size):
    images = np.asarray(images)
    if images.ndim == 4:
        images = images[:, :, :, 0]
    n, h, w = images.shape
    if h % size != 0 or w % size != 0:
        raise ValueError(f"image of {h}x{w} cannot be cut into size={size} blocks")
    bh, bw = h // size, w // size
    out = np.zeros((n, size * size), dtype=np.float32)
    for r in range(size):
        for c in range(size):
            out[:, r * size + c] = images[:, r * bh:(r + 1) * bh, c * bw:(c + 1) * bw].mean(axis=(1, 2))
    return out


def probe_accuracy(train_features, y_train, test_features, y_test):
    model = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    model.fit(train_features, y_train)
    acc = model.score(test_features, y_test)
    print("probe accuracy", acc, type(acc))
    return float(acc)
