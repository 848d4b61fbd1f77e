# target: ch04_receptive_field
# kind: alternative
# why: valid: forward recurrence with star-unpacking for the optional dilation, int() casts so NumPy integers in the tuples still give Python ints
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    size, jump = 1, 1
    for layer in layers:
        kernel, stride, *rest = layer
        dilation = rest[0] if rest else 1
        size += int(dilation) * (int(kernel) - 1) * jump
        jump *= int(stride)
    return (size, jump)
