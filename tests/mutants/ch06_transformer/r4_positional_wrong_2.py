# target: ch06_positional
# kind: mutant
# why: breaks 6.3b: only tests parity and length, so d_model = 0 (even, but below 1) returns a (length, 0) array instead of raising ValueError
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if d_model % 2 != 0:
        raise ValueError("d_model must be even")
    if length < 1:
        raise ValueError("length must be positive")
    pos = np.arange(length)[:, None].astype(np.float64)
    i = np.arange(d_model // 2)[None, :]
    angles = pos / np.power(10000.0, 2 * i / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
