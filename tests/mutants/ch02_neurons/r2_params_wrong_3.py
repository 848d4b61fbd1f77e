# target: ch02_param_counts
# kind: mutant
# why: vectorised with NumPy and returns list(array), whose elements are np.int64, not the required Python int
def dense_param_counts(layer_sizes, use_bias=True):
    """Parameters of each dense layer of an MLP with these widths (input first)."""
    sizes = np.asarray(layer_sizes)
    if sizes.ndim != 1 or sizes.size < 2:
        raise ValueError("need a 1-D list of at least two sizes")
    if not np.issubdtype(sizes.dtype, np.integer) or np.any(sizes <= 0):
        raise ValueError("all sizes must be positive integers")
    fan_in = sizes[:-1] + (1 if use_bias else 0)
    fan_out = sizes[1:]
    return list(fan_in * fan_out)
