# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b: starts from the first layer's raw kernel size (r = k_1, j = s_1), forgetting the first layer's dilation
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    if not layers:
        return (1, 1)
    size, jump = layers[0][0], layers[0][1]
    for layer in layers[1:]:
        d = layer[2] if len(layer) > 2 else 1
        size += d * (layer[0] - 1) * jump
        jump *= layer[1]
    return (size, jump)
