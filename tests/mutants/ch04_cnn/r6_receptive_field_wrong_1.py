# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4a: returns NumPy int64 values (np.prod / np.cumprod), not Python ints
def receptive_field(layers):
    if len(layers) == 0:
        return (1, 1)
    kernels = np.array([layer[0] for layer in layers])
    strides = np.array([layer[1] for layer in layers])
    dilations = np.array([layer[2] if len(layer) > 2 else 1 for layer in layers])
    jumps_before = np.concatenate([[1], np.cumprod(strides)[:-1]])
    size = 1 + np.sum(dilations * (kernels - 1) * jumps_before)
    return (size, np.prod(strides))
