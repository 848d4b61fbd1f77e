# target: ch02_param_counts
# kind: mutant
# why: accepts a single size or non-positive sizes without complaint
def dense_param_counts(layer_sizes, use_bias=True):
    sizes = list(layer_sizes)
    return [int((a + (1 if use_bias else 0)) * b) for a, b in zip(sizes[:-1], sizes[1:])]
