# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b: takes the dilated kernel's width as k * d instead of d (k - 1) + 1
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    size, jump = 1, 1
    for layer in layers:
        kernel, stride = layer[0], layer[1]
        dilation = layer[2] if len(layer) > 2 else 1
        k_eff = kernel * dilation
        size += (k_eff - 1) * jump
        jump *= stride
    return (size, jump)
