# target: ch02_init_depth
# kind: mutant
# why: breaks 2.7f: layer_stds keeps the batch's dtype (weights cast to it) and appends h.std() unconverted, so a float32 batch gives NumPy float32 values, which the text says do not count as float
def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if scheme == "small":
        std = 0.01
    elif scheme == "glorot":
        std = np.sqrt(2.0 / (fan_in + fan_out))
    elif scheme == "he":
        std = np.sqrt(2.0 / fan_in)
    else:
        raise ValueError(f"unknown scheme {scheme!r}")
    return rng.normal(0.0, std, size=(fan_in, fan_out))


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    h = np.asarray(x)
    stds = []
    for W in weights:
        h = activation(h @ np.asarray(W, dtype=h.dtype))
        stds.append(h.std())
    return stds
