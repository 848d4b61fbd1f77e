# target: ch02_init_depth
# kind: alternative
# why: valid: std looked up in a dict of lambdas, draws with rng.standard_normal(...) * std (same distribution and generator), float64 via astype; layer_stds returns np.float64 values (a float subclass) computed by hand, with a debug print
SCHEME_STD = {
    "small": lambda n_in, n_out: 0.01,
    "glorot": lambda n_in, n_out: (2.0 / (n_in + n_out)) ** 0.5,
    "he": lambda n_in, n_out: (2.0 / n_in) ** 0.5,
}


def init_weights(fan_in, fan_out, scheme, rng):
    """Normal weights of shape (fan_in, fan_out) with the scheme's standard deviation."""
    if scheme not in SCHEME_STD:
        raise ValueError("scheme must be one of %s, not %r" % (sorted(SCHEME_STD), scheme))
    std = SCHEME_STD[scheme](fan_in, fan_out)
    return (rng.standard_normal((fan_in, fan_out)) * std).astype(np.float64)


def layer_stds(x, weights, activation):
    """Standard deviation of each layer's output for h <- activation(h @ W)."""
    spread = []
    h = np.asarray(x, dtype=np.float64)
    for depth, W in enumerate(weights, 1):
        h = activation(h @ np.asarray(W, dtype=np.float64))
        centred = h - h.mean()
        spread.append(np.float64(np.sqrt(np.mean(centred * centred))))
    print(f"layer_stds: {len(spread)} layers")
    return spread
