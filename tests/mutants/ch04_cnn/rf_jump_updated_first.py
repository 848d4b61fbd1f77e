# target: ch04_receptive_field
# kind: mutant
# why: multiplies the jump by the stride before growing the field
def receptive_field(layers):
    size, jump = 1, 1
    for layer in layers:
        kernel, stride, *rest = layer
        dilation = rest[0] if rest else 1
        jump *= stride
        size += dilation * (kernel - 1) * jump
    return int(size), int(jump)
