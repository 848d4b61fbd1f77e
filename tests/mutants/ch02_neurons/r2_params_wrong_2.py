# target: ch02_param_counts
# kind: mutant
# why: validation only checks s <= 0, so non-integer sizes such as 2.5 or 3.0 are accepted (float counts) instead of raising ValueError
def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    if len(layer_sizes) < 2:
        raise ValueError("need at least two layer sizes")
    for s in layer_sizes:
        if s <= 0:
            raise ValueError(f"layer size must be positive, got {s}")
    counts = []
    for i in range(1, len(layer_sizes)):
        fan_in, fan_out = layer_sizes[i - 1], layer_sizes[i]
        if use_bias:
            counts.append((fan_in + 1) * fan_out)
        else:
            counts.append(fan_in * fan_out)
    return counts
