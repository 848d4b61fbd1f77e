# target: ch02_param_counts
# kind: alternative
# why: an index loop with explicit weight and bias terms
def layer_parameters(fan_in, units, use_bias):
    return fan_in * units + (units if use_bias else 0)


print("helper ready:", layer_parameters(2, 4, True))
# %% cell
def dense_param_counts(layer_sizes, use_bias=True):
    sizes = tuple(layer_sizes)
    if len(sizes) < 2 or not all(isinstance(s, int) and not isinstance(s, bool) and s > 0 for s in sizes):
        raise ValueError("need at least two positive integer layer sizes, got " + repr(sizes))
    counts = []
    for i in range(1, len(sizes)):
        counts.append(layer_parameters(sizes[i - 1], sizes[i], use_bias))
    return counts


print(dense_param_counts([2, 4, 1]))
