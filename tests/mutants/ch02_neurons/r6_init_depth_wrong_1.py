# target: ch02_init_depth
# kind: mutant
# why: breaks 2.7b: "glorot" uses sqrt(1/fan_in), which equals sqrt(2/(fan_in+fan_out)) only for square layers (the 256x256 experiment); for 300x500 it is 0.0577 instead of 0.05
def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if scheme == "small":
        std = 0.01
    elif scheme == "glorot":
        std = np.sqrt(1.0 / fan_in)
    elif scheme == "he":
        std = np.sqrt(2.0 / fan_in)
    else:
        raise ValueError(f"unknown scheme {scheme!r}")
    return rng.normal(0.0, std, size=(fan_in, fan_out))


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    h, stds = x, []
    for W in weights:
        h = activation(h @ W)
        stds.append(float(np.std(h)))
    return stds
