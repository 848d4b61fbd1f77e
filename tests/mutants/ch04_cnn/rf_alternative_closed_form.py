# target: ch04_receptive_field
# kind: alternative
# why: closed form r = 1 + sum_l d_l (k_l - 1) prod_{i<l} s_i with cumulative products
def receptive_field(layers):
    if len(layers) == 0:
        return 1, 1
    kernels = np.array([layer[0] for layer in layers])
    strides = np.array([layer[1] for layer in layers])
    dilations = np.array([layer[2] if len(layer) > 2 else 1 for layer in layers])
    jumps_before = np.concatenate([[1], np.cumprod(strides)[:-1]])
    size = 1 + np.sum(dilations * (kernels - 1) * jumps_before)
    return int(size), int(np.prod(strides))
