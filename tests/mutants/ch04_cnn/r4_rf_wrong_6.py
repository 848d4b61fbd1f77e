# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4 (the two forms may be mixed): decides from the first layer alone whether the tuples carry a dilation
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    if len(layers) == 0:
        return (1, 1)
    has_dilation = len(layers[0]) == 3
    size, jump = 1, 1
    for layer in layers:
        if has_dilation:
            kernel, stride, dilation = layer[0], layer[1], layer[2]
        else:
            kernel, stride, dilation = layer[0], layer[1], 1
        size += dilation * (kernel - 1) * jump
        jump *= stride
    return (size, jump)
