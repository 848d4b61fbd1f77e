# target: ch02_param_counts
# kind: mutant
# why: counts one bias per input instead of one per unit: a * (b + 1)
def dense_param_counts(layer_sizes, use_bias=True):
    sizes = list(layer_sizes)
    if len(sizes) < 2:
        raise ValueError(f"Expected at least two layer sizes. Received: {sizes}")
    if any(isinstance(s, bool) or int(s) != s or s < 1 for s in sizes):
        raise ValueError(f"Expected positive integer sizes. Received: {sizes}")
    return [int(a * (b + (1 if use_bias else 0))) for a, b in zip(sizes[:-1], sizes[1:])]
