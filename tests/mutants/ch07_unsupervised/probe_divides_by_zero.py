# target: ch07_probe
# kind: mutant
# why: divides by a zero standard deviation for a constant feature
def downsample(images, size):
    stack = np.asarray(images, dtype=np.float64)
    if stack.ndim == 4:
        stack = stack[..., 0]
    n, height, width = stack.shape
    if height % size or width % size:
        raise ValueError(f"size={size} does not divide {height}x{width}")
    blocks = stack.reshape(n, size, height // size, size, width // size)
    return blocks.mean(axis=(2, 4)).reshape(n, size * size).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    centre, scale = train.mean(axis=0), train.std(axis=0)
    probe = LogisticRegression(max_iter=1000).fit((train - centre) / scale, y_train)
    return float(probe.score((test - centre) / scale, y_test))
