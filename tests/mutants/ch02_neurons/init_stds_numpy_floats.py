# target: ch02_init_depth
# kind: alternative
# why: returns NumPy float64 values (a subclass of float), not Python floats
def init_weights(fan_in, fan_out, scheme, rng):
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
    h = np.asarray(x, dtype=np.float64)
    out = []
    for W in weights:
        h = activation(h @ W)
        out.append(np.float64(h.std()))
    return out
