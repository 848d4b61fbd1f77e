# target: ch06_positional
# kind: alternative
# why: valid: double loop with math.sin / math.cos and one combined validity check, debug print of the shape
import math


def positional_encoding(length, d_model):
    """Sinusoidal positional encodings, shape (length, d_model)."""
    if d_model % 2 == 1 or length < 1 or d_model < 1:
        raise ValueError("need length >= 1 and an even d_model >= 2")
    pe = np.zeros((length, d_model))
    for p in range(length):
        for i in range(d_model // 2):
            omega = math.pow(10000.0, -2.0 * i / d_model)
            pe[p, 2 * i] = math.sin(p * omega)
            pe[p, 2 * i + 1] = math.cos(p * omega)
    print("positional encoding:", pe.shape, pe.dtype)
    return pe
