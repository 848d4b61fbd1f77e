# target: ch06_positional
# kind: alternative
# why: valid: vectorised, frequencies via exp(-ln(10000) * 2i / d), fills even/odd columns by slicing into a float64 array
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 1 or d_model < 1:
        raise ValueError("length and d_model must both be at least 1")
    if d_model % 2 != 0:
        raise ValueError(f"d_model must be even, got {d_model}")
    positions = np.arange(length, dtype=np.float64)[:, np.newaxis]
    two_i = np.arange(0, d_model, 2, dtype=np.float64)
    omega = np.exp(-np.log(10000.0) * two_i / d_model)
    angles = positions * omega[np.newaxis, :]
    pe = np.zeros((length, d_model), dtype=np.float64)
    pe[:, 0::2] = np.sin(angles)
    pe[:, 1::2] = np.cos(angles)
    return pe
