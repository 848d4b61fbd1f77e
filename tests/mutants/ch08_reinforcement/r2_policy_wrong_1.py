# target: ch08_policy
# kind: mutant
# why: build_policy ends in a softmax layer, so outputs are probabilities (non-negative, rows sum to 1) instead of unnormalised logits as 8.6a requires
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    model = keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions, activation="softmax"),
    ])
    return model


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.array(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z)
    p /= p.sum(axis=1, keepdims=True)
    cdf = np.cumsum(p, axis=1)
    u = rng.random(len(z))
    hit = u[:, None] < cdf
    actions = np.where(hit.any(axis=1), hit.argmax(axis=1), z.shape[1] - 1)
    return actions.astype(np.int64)
