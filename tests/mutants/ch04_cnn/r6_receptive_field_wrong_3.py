# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4b (mixed forms): decides from the first layer whether dilations are given, so in a list that starts with (k, s) the dilation of later (k, s, d) layers is ignored
def receptive_field(layers):
    layers = list(layers)
    with_dilation = len(layers) > 0 and len(layers[0]) == 3
    size, jump = 1, 1
    for layer in layers:
        k, s = layer[0], layer[1]
        d = layer[2] if with_dilation and len(layer) > 2 else 1
        size += d * (k - 1) * jump
        jump *= s
    return (int(size), int(jump))
