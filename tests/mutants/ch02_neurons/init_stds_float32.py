# target: ch02_init_depth
# kind: mutant
# why: returns float32 standard deviations, which are not floats and lose precision
def init_weights(fan_in, fan_out, scheme, rng):
    scales = {"small": 0.01, "glorot": np.sqrt(2.0 / (fan_in + fan_out)), "he": np.sqrt(2.0 / fan_in)}
    if scheme not in scales:
        raise ValueError(f"unknown scheme {scheme!r}")
    return rng.normal(0.0, scales[scheme], size=(fan_in, fan_out))


def layer_stds(x, weights, activation):
    h = np.asarray(x, dtype=np.float64)
    return [np.float32(h.std()) for h in _layers(h, weights, activation)]


def _layers(h, weights, activation):
    for W in weights:
        h = activation(h @ W)
        yield h
