# target: ch06_positional
# kind: mutant
# why: breaks 6.3a ("for any length >= 1"): the validation uses length <= 1, so a single position raises ValueError
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length <= 1 or d_model < 2 or d_model % 2 == 1:
        raise ValueError("invalid length or d_model")
    p = np.arange(length, dtype=float).reshape(-1, 1)
    two_i = np.arange(0, d_model, 2)
    omega = 10000.0 ** (-two_i / d_model)
    pe = np.empty((length, d_model))
    pe[:, ::2] = np.sin(p * omega)
    pe[:, 1::2] = np.cos(p * omega)
    return pe
