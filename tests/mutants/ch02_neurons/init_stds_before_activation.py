# target: ch02_init_depth
# kind: mutant
# why: records the spread of the pre-activations
def init_weights(fan_in, fan_out, scheme, rng):
    scales = {
        "small": 0.01,
        "glorot": np.sqrt(2.0 / (fan_in + fan_out)),
        "he": np.sqrt(2.0 / fan_in),
    }
    if scheme not in scales:
        raise ValueError(f"Expected scheme in {sorted(scales)}. Received: {scheme!r}")
    return rng.normal(0.0, scales[scheme], size=(fan_in, fan_out))


def layer_stds(x, weights, activation):
    h = np.asarray(x, dtype=np.float64)
    stds = []
    for W in weights:
        z = h @ W
        stds.append(float(z.std()))
        h = activation(z)
    return stds
