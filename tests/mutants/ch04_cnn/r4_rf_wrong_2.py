# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b: multiplies the jump by the stride before growing the size, so a layer's own stride scales its kernel
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    size, jump = 1, 1
    for layer in layers:
        kernel, stride = layer[0], layer[1]
        dilation = layer[2] if len(layer) > 2 else 1
        jump *= stride
        size += dilation * (kernel - 1) * jump
    return (size, jump)
