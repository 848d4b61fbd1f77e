# target: ch02_init_depth
# kind: alternative
# why: valid: table of std functions, rng.standard_normal scaled by std (identical draws to rng.normal(0, std)), non-string schemes rejected with ValueError; layer_stds returns NumPy float64 values (allowed by 2.7f) computed as sqrt(mean((h - mean)^2)) in float64 without modifying x or the weights
STD_OF_SCHEME = {
    "small": lambda fan_in, fan_out: 0.01,
    "glorot": lambda fan_in, fan_out: np.sqrt(2.0 / (fan_in + fan_out)),
    "he": lambda fan_in, fan_out: np.sqrt(2.0 / fan_in),
}


def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if not isinstance(scheme, str) or scheme not in STD_OF_SCHEME:
        raise ValueError(f"scheme must be one of {sorted(STD_OF_SCHEME)}, got {scheme!r}")
    std = STD_OF_SCHEME[scheme](fan_in, fan_out)
    return std * rng.standard_normal(size=(int(fan_in), int(fan_out)))


def spread(h):
    h = np.asarray(h, dtype=np.float64)
    return np.sqrt(np.mean(np.square(h - h.mean())))


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    h = x
    per_layer = []
    for W in weights:
        h = activation(np.matmul(h, W))
        per_layer.append(np.float64(spread(h)))
    return per_layer
