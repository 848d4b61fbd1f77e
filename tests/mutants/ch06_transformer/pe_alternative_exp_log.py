# target: ch06_positional
# kind: alternative
# why: frequencies through exp and log, pairs stacked and reshaped

def positional_encoding(length, d_model):
    if min(length, d_model) < 1 or d_model % 2 == 1:
        raise ValueError("length must be >= 1 and d_model even and >= 2")
    pairs = np.arange(d_model // 2)
    frequencies = np.exp(-np.log(10000.0) * 2 * pairs / d_model)
    angles = np.outer(np.arange(length), frequencies)
    return np.stack([np.sin(angles), np.cos(angles)], axis=-1).reshape(length, d_model)
