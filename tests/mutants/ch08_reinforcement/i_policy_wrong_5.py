# target: ch08_policy
# kind: mutant
# why: softmax without subtracting the row maximum: exp overflows for logits near 1000, giving NaN probabilities and wrong actions (8.6b)
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    return keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions),
    ])


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.array(logits, dtype=np.float64)
    probs = np.exp(z)
    probs = probs / probs.sum(axis=1, keepdims=True)
    cdf = np.cumsum(probs, axis=1)
    u = rng.random(z.shape[0])
    actions = np.sum(cdf <= u[:, None], axis=1)
    return np.minimum(actions, z.shape[1] - 1).astype(np.int64)
