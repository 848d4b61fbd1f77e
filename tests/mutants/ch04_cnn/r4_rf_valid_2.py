# target: ch04_receptive_field
# kind: alternative
# why: valid: top-down recursion r_in = (r_out - 1) * s + k_eff over reversed(layers), jump as math.prod of the strides, with a debug print
import math


def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    layers = list(layers)
    r = 1
    for layer in reversed(layers):
        k, s = layer[0], layer[1]
        d = layer[2] if len(layer) == 3 else 1
        r = (r - 1) * s + d * (k - 1) + 1
    jump = math.prod(layer[1] for layer in layers)
    # print(layers, "->", r, jump)
    return int(r), int(jump)
