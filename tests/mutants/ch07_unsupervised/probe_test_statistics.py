# target: ch07_probe
# kind: mutant
# why: standardises the test features with their own mean and deviation
def downsample(images, size):
    stack = np.asarray(images, dtype=np.float64)
    if stack.ndim == 4:
        stack = stack[..., 0]
    n, height, width = stack.shape
    if height % size or width % size:
        raise ValueError(f"size={size} does not divide {height}x{width}")
    blocks = stack.reshape(n, size, height // size, size, width // size)
    return blocks.mean(axis=(2, 4)).reshape(n, size * size).astype(np.float32)


def standardise(a):
    a = np.asarray(a, dtype=np.float64)
    scale = a.std(axis=0)
    return (a - a.mean(axis=0)) / np.where(scale == 0, 1.0, scale)


def probe_accuracy(train_features, y_train, test_features, y_test):
    probe = LogisticRegression(max_iter=1000).fit(standardise(train_features), y_train)
    return float(probe.score(standardise(test_features), y_test))
