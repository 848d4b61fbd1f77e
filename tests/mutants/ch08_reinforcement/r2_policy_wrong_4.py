# target: ch08_policy
# kind: mutant
# why: subtracts the row max from logits in place (logits -= ...), which modifies the caller's array although 8.6b says it must not
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    model = keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions),
    ])
    return model


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    logits -= logits.max(axis=1, keepdims=True)  # for numerical stability
    probs = np.exp(logits.astype(np.float64))
    probs /= probs.sum(axis=1, keepdims=True)
    cdf = np.cumsum(probs, axis=1)
    u = rng.random(logits.shape[0])
    hit = u[:, None] < cdf
    actions = np.where(hit.any(axis=1), np.argmax(hit, axis=1), logits.shape[1] - 1)
    return actions.astype(np.int64)
