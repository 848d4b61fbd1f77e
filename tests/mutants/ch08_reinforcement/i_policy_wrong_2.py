# target: ch08_policy
# kind: mutant
# why: output layer has a ReLU activation, so logits can never be negative (8.6a)
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    return keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions, activation="relu"),
    ])


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.array(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs = probs / probs.sum(axis=1, keepdims=True)
    cdf = np.cumsum(probs, axis=1)
    u = rng.random(z.shape[0])
    actions = np.sum(cdf <= u[:, None], axis=1)
    return np.minimum(actions, z.shape[1] - 1).astype(np.int64)
