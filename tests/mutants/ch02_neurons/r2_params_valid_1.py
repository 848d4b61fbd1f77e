# target: ch02_param_counts
# kind: alternative
# why: correct explicit index loop with a separate validation pass, converting NumPy ints to int and rejecting bools/floats; includes a debug print
def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    sizes = list(layer_sizes)
    if len(sizes) < 2:
        raise ValueError("dense_param_counts needs at least two sizes (input and output)")
    checked = []
    for s in sizes:
        if isinstance(s, bool) or not isinstance(s, (int, np.integer)):
            raise ValueError(f"size {s!r} is not an integer")
        if s <= 0:
            raise ValueError(f"size {s!r} is not positive")
        checked.append(int(s))
    counts = []
    for i in range(len(checked) - 1):
        n_in = checked[i]
        n_out = checked[i + 1]
        total = n_in * n_out
        if use_bias:
            total = total + n_out
        counts.append(total)
    print("layer parameter counts:", counts)
    return counts
