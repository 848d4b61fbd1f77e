# target: ch06_positional
# kind: mutant
# affects: ch06_transformer
# why: numbers positions from 1
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 1 or d_model < 1 or d_model % 2:
        raise ValueError(f"need length >= 1 and an even d_model >= 2, got length={length}, d_model={d_model}")
    positions = np.arange(1, length + 1, dtype=np.float64)[:, None]
    rates = 10000.0 ** (-np.arange(0, d_model, 2, dtype=np.float64) / d_model)
    angles = positions * rates[None, :]
    encoding = np.empty((length, d_model))
    encoding[:, 0::2] = np.sin(angles)
    encoding[:, 1::2] = np.cos(angles)
    return encoding
    ### END SOLUTION
