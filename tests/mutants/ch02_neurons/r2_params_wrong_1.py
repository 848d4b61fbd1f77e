# target: ch02_param_counts
# kind: mutant
# why: off-by-one in bias counting: adds one bias per input (a*(b+1)) instead of one per unit ((a+1)*b)
def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    sizes = list(layer_sizes)
    if len(sizes) < 2:
        raise ValueError("need at least an input and an output size")
    for s in sizes:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)) or s <= 0:
            raise ValueError(f"layer sizes must be positive integers, got {s!r}")
    counts = []
    for a, b in zip(sizes[:-1], sizes[1:]):
        n = int(a) * int(b)
        if use_bias:
            n += int(a)  # one bias per input neuron
        counts.append(n)
    return counts
