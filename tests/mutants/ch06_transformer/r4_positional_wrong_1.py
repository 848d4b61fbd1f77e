# target: ch06_positional
# kind: mutant
# why: breaks 6.3b: checks length < 0 instead of length < 1, so positional_encoding(0, d) returns an empty array instead of raising ValueError
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 0 or d_model < 1 or d_model % 2 != 0:
        raise ValueError("invalid length or d_model")
    pos = np.arange(length)[:, None].astype(np.float64)
    i = np.arange(d_model // 2)[None, :]
    angles = pos / np.power(10000.0, 2 * i / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
