# target: ch02_init_depth
# kind: alternative
# why: valid: table of std functions, rng.standard_normal(shape) * std (same draws as rng.normal), std written out as sqrt(mean((h-mean)^2)) with .item(), progress prints
SCHEME_STD = {
    "small": lambda n_in, n_out: 0.01,
    "glorot": lambda n_in, n_out: (2.0 / (n_in + n_out)) ** 0.5,
    "he": lambda n_in, n_out: (2.0 / n_in) ** 0.5,
}


def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if not isinstance(scheme, str) or scheme not in SCHEME_STD:
        raise ValueError(f"scheme must be one of {sorted(SCHEME_STD)}, got {scheme!r}")
    std = SCHEME_STD[scheme](fan_in, fan_out)
    W = rng.standard_normal((fan_in, fan_out)) * std
    return W


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    result = []
    h = x
    for i, W in enumerate(weights):
        pre = np.matmul(h, W)
        h = activation(pre)
        spread = np.sqrt(np.mean((h - np.mean(h)) ** 2))
        result.append(spread.item())
        if i == 0 or i == len(weights) - 1:
            print(f"layer {i + 1}: output shape {h.shape}, std {spread:.3g}")
    return result
