# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b: takes the dilated kernel's span as k * d (reach k * d - 1) instead of d (k - 1) + 1; identical for d = 1, one pixel per unit of d too wide when d > 1
def receptive_field(layers):
    size, jump = 1, 1
    for layer in layers:
        k, s = layer[0], layer[1]
        d = layer[2] if len(layer) > 2 else 1
        span = k * d                  # pixels covered by the dilated kernel
        size += (span - 1) * jump
        jump *= s
    return (int(size), int(jump))
