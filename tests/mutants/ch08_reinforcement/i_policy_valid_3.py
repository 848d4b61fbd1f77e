# target: ch08_policy
# kind: alternative
# why: two-hidden-layer functional model (16+16 ReLU, well under 5,000 parameters); softmax via log-sum-exp, argmax over (u < cdf) with an explicit 'no such action' fallback
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    x = keras.Input(shape=(obs_dim,))
    h = keras.layers.Dense(16, activation="relu")(x)
    h = keras.layers.Dense(16, activation="relu")(h)
    out = keras.layers.Dense(n_actions)(h)
    model = keras.Model(x, out)
    print(type(model), model.count_params(), "parameters")
    return model


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.asarray(logits).astype(np.float64)      # a copy: logits stay untouched
    top = z.max(axis=1, keepdims=True)
    log_norm = top + np.log(np.exp(z - top).sum(axis=1, keepdims=True))
    probs = np.exp(z - log_norm)
    cdf = probs.cumsum(axis=1)
    u = rng.random(len(z))
    below = u[:, None] < cdf
    first = below.argmax(axis=1)
    return np.where(below.any(axis=1), first, z.shape[1] - 1).astype(np.int64)
