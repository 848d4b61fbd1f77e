# target: ch07_probe
# kind: alternative
# why: TensorFlow average pooling with a (h/size, w/size) window; sklearn Pipeline(StandardScaler, LogisticRegression)
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler


def downsample(images, size):
    """Block means of (n, h, w) or (n, h, w, 1) images: float32 array of shape (n, size * size)."""
    arr = np.asarray(images, dtype=np.float32)
    n, h, w = arr.shape[:3]
    if h % size != 0 or w % size != 0:
        raise ValueError(f"size {size} does not divide the image shape {h}x{w}")
    arr = arr.reshape(n, h, w, 1)
    window = (h // size, w // size)
    pooled = tf.nn.avg_pool2d(arr, ksize=window, strides=window, padding="VALID")
    return np.asarray(pooled, dtype=np.float32).reshape(n, size * size)


def probe_accuracy(train_features, y_train, test_features, y_test):
    """Held-out accuracy of a logistic regression on standardised features."""
    pipe = make_pipeline(StandardScaler(), LogisticRegression(max_iter=1000))
    pipe.fit(np.array(train_features, dtype=np.float64), np.array(y_train))
    return float(pipe.score(np.array(test_features, dtype=np.float64), np.array(y_test)))
