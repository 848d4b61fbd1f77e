# target: ch02_param_counts
# kind: mutant
# why: never checks that at least two sizes are given, so [5] or [] silently returns [] instead of raising ValueError
def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    for size in layer_sizes:
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)) or size < 1:
            raise ValueError(f"invalid layer size: {size!r}")
    counts = []
    for a, b in zip(layer_sizes, layer_sizes[1:]):
        weights = int(a) * int(b)
        biases = int(b) if use_bias else 0
        counts.append(weights + biases)
    return counts
