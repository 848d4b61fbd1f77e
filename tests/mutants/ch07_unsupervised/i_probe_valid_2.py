# target: ch07_probe
# kind: alternative
# why: explicit loops over the size x size blocks; sklearn StandardScaler + LogisticRegression, accuracy via accuracy_score
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import accuracy_score


def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    arr = np.asarray(images)
    print("downsample input", type(images), arr.shape, arr.dtype)
    n, h, w = arr.shape[0], arr.shape[1], arr.shape[2]
    arr = arr.reshape(n, h, w)
    if h % size or w % size:
        raise ValueError("h and w have to be divisible by size")
    bh = h // size
    bw = w // size
    out = np.zeros((n, size * size), dtype=np.float64)
    for i in range(size):
        for j in range(size):
            block = arr[:, i * bh:(i + 1) * bh, j * bw:(j + 1) * bw].astype(np.float64)
            out[:, i * size + j] = block.mean(axis=(1, 2))
    return out.astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    scaler = StandardScaler()
    tr = scaler.fit_transform(np.asarray(train_features, dtype=np.float64))
    te = scaler.transform(np.asarray(test_features, dtype=np.float64))
    model = LogisticRegression(max_iter=1000)
    model.fit(tr, y_train)
    acc = accuracy_score(y_test, model.predict(te))
    print("probe accuracy", acc, type(acc))
    return float(acc)
