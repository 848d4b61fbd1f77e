# target: ch08_policy
# kind: alternative
# why: Sequential MLP with 32 tanh units built with add(); sampler counts cdf[:, :-1] <= u, which gives the last action automatically when no cumulative probability exceeds u
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    model = keras.Sequential(name="policy")
    model.add(keras.Input(shape=(obs_dim,)))
    model.add(keras.layers.Dense(32, activation="tanh"))
    model.add(keras.layers.Dense(n_actions, activation="linear"))
    return model


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    values = np.asarray(logits, dtype=np.float64)
    shifted = values - np.max(values, axis=1, keepdims=True)
    e = np.exp(shifted)
    pi = e / np.sum(e, axis=1, keepdims=True)
    cdf = np.cumsum(pi, axis=1)
    u = rng.random(values.shape[0])
    return np.count_nonzero(cdf[:, :-1] <= u[:, None], axis=1).astype(np.int64)
