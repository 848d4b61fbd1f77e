# target: ch07_probe
# kind: mutant
# why: keeps one pixel per block (strided slicing) instead of the block mean
def downsample(images, size):
    stack = np.asarray(images, dtype=np.float64)
    if stack.ndim == 4:
        stack = stack[..., 0]
    n, height, width = stack.shape
    if height % size or width % size:
        raise ValueError(f"size={size} does not divide {height}x{width}")
    return stack[:, :: height // size, :: width // size].reshape(n, size * size).astype(np.float32)


def probe_accuracy(train_features, y_train, test_features, y_test):
    train = np.asarray(train_features, dtype=np.float64)
    test = np.asarray(test_features, dtype=np.float64)
    centre, scale = train.mean(axis=0), train.std(axis=0)
    scale = np.where(scale == 0, 1.0, scale)
    probe = LogisticRegression(max_iter=1000).fit((train - centre) / scale, y_train)
    return float(probe.score((test - centre) / scale, y_test))

