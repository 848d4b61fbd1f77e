# target: ch02_param_counts
# kind: alternative
# why: correct, uses a helper for one layer and a list comprehension over zip; same validation required by the text
def is_positive_int(value):
    return (not isinstance(value, bool)) and isinstance(value, (int, np.integer)) and value > 0


def layer_params(n_in, n_out, use_bias=True):
    """Weights plus (optionally) biases of one dense layer."""
    return n_in * n_out + (n_out if use_bias else 0)


def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    sizes = [s for s in layer_sizes]
    if len(sizes) < 2:
        raise ValueError(f"expected at least 2 layer sizes, got {len(sizes)}")
    bad = [s for s in sizes if not is_positive_int(s)]
    if bad:
        raise ValueError(f"layer sizes must be positive integers, got {bad}")
    sizes = [int(s) for s in sizes]
    return [layer_params(a, b, use_bias) for a, b in zip(sizes, sizes[1:])]
