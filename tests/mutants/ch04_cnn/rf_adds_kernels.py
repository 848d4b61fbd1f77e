# target: ch04_receptive_field
# kind: mutant
# why: adds up the kernel sizes and forgets that strides widen later layers
def receptive_field(layers):
    size, jump = 1, 1
    for layer in layers:
        kernel, stride, *rest = layer
        dilation = rest[0] if rest else 1
        size += dilation * (kernel - 1)
        jump *= stride
    return int(size), int(jump)
