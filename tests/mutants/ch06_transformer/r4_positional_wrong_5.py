# target: ch06_positional
# kind: mutant
# why: breaks 6.3a: frequency uses the column index j instead of the pair index (10000^(-2j/d), the tutorial formula without i // 2), so pairs do not share a frequency
def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if length < 1 or d_model < 1 or d_model % 2 != 0:
        raise ValueError("invalid length or d_model")
    pos = np.arange(length)[:, np.newaxis].astype(np.float64)
    j = np.arange(d_model)[np.newaxis, :]
    angles = pos / np.power(10000.0, (2 * j) / d_model)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
