# target: ch02_init_depth
# kind: mutant
# why: breaks 2.7c: the "small" scheme draws from NumPy's global generator instead of rng, so the same generator state does not give the same weights (glorot and he are right)
def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if scheme == "small":
        return np.random.normal(0.0, 0.01, size=(fan_in, fan_out))
    if scheme == "glorot":
        return rng.normal(0.0, np.sqrt(2.0 / (fan_in + fan_out)), size=(fan_in, fan_out))
    if scheme == "he":
        return rng.normal(0.0, np.sqrt(2.0 / fan_in), size=(fan_in, fan_out))
    raise ValueError(f"unknown scheme {scheme!r}")


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    h, stds = x, []
    for W in weights:
        h = activation(h @ W)
        stds.append(float(np.std(h)))
    return stds
