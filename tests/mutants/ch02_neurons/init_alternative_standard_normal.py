# target: ch02_init_depth
# kind: alternative
# why: standard normal draws scaled by an if-chain; list comprehension over layers
def init_weights(fan_in, fan_out, scheme, rng):
    if scheme == "small":
        std = 0.01
    elif scheme == "glorot":
        std = (2 / (fan_in + fan_out)) ** 0.5
    elif scheme == "he":
        std = (2 / fan_in) ** 0.5
    else:
        raise ValueError("unknown initialisation scheme: " + str(scheme))
    return std * rng.standard_normal((fan_in, fan_out))


def layer_stds(x, weights, activation):
    result = []
    h = x
    for W in weights:
        h = activation(np.dot(h, W))
        result.append(np.std(h).item())
    return result
