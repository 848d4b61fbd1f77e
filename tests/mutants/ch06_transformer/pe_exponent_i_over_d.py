# target: ch06_positional
# kind: mutant
# affects: ch06_transformer
# why: uses 10000^(-i/d) with i the pair index, instead of 10000^(-2i/d)
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 1 or d_model < 1 or d_model % 2:
        raise ValueError(f"need length >= 1 and an even d_model >= 2, got length={length}, d_model={d_model}")
    positions = np.arange(length, dtype=np.float64)[:, None]
    rates = 10000.0 ** (-np.arange(d_model // 2, dtype=np.float64) / d_model)
    angles = positions * rates[None, :]
    encoding = np.empty((length, d_model))
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles)
    return encoding
    ### END SOLUTION
