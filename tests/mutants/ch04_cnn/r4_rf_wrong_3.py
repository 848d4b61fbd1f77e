# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4a: returns NumPy numbers (np.int64 from np.prod/np.sum, and the float 1.0 for an empty sequence) instead of Python ints
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    strides = [layer[1] for layer in layers]
    jumps = np.cumprod([1] + strides)            # jump before each layer
    growth = [(layer[2] if len(layer) > 2 else 1) * (layer[0] - 1) * jumps[i] for i, layer in enumerate(layers)]
    size = 1 + np.sum(growth)
    jump = np.prod(strides)
    return (size, jump)
