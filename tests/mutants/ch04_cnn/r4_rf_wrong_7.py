# target: ch04_receptive_field
# kind: mutant
# why: breaks 4.4 (a list or a tuple): reverses the caller's list in place for a top-down pass, so a tuple raises AttributeError and a second call on the same list is wrong
def receptive_field(layers):
    """(size, jump) in input pixels of a unit in the last of the given layers."""
    layers.reverse()                     # walk from the last layer down to the input
    size, jump = 1, 1
    for layer in layers:
        k, s = layer[0], layer[1]
        d = layer[2] if len(layer) > 2 else 1
        size = (size - 1) * s + d * (k - 1) + 1
        jump *= s
    return (size, jump)
