# target: ch04_receptive_field
# kind: mutant
# why: ignores the dilation rate
def receptive_field(layers):
    size, jump = 1, 1
    for kernel, stride, *_ in layers:
        size += (kernel - 1) * jump
        jump *= stride
    return int(size), int(jump)
