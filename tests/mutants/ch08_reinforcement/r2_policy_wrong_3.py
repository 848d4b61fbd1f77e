# target: ch08_policy
# kind: mutant
# why: draws a single scalar u = rng.random() shared by every row instead of u = rng.random(batch), one uniform per row (8.6b)
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
    z = np.array(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs = probs / probs.sum(axis=1, keepdims=True)
    cdf = np.cumsum(probs, axis=1)
    u = rng.random()  # one uniform number for the batch
    hit = u < cdf
    actions = np.where(hit.any(axis=1), np.argmax(hit, axis=1), cdf.shape[1] - 1)
    return actions.astype(np.int64)
