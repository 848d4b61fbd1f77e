# target: ch06_positional
# kind: mutant
# why: breaks 6.3a: positions counted 1..length instead of 0..length-1, so row 0 is the encoding of position 1
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 1 or d_model < 1 or d_model % 2 != 0:
        raise ValueError("invalid length or d_model")
    pos = np.arange(1, length + 1, dtype=np.float64)[:, None]
    omega = 10000.0 ** (-np.arange(0, d_model, 2) / d_model)
    pe = np.zeros((length, d_model))
    pe[:, 0::2] = np.sin(pos * omega)
    pe[:, 1::2] = np.cos(pos * omega)
    return pe
