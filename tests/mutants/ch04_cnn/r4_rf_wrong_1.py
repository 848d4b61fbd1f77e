# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b: ignores the dilation of (kernel, stride, dilation) layers
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    size, jump = 1, 1
    for layer in layers:
        kernel, stride = layer[0], layer[1]
        size += (kernel - 1) * jump
        jump *= stride
    return (size, jump)
