# target: ch08_policy
# kind: mutant
# why: samples with the Gumbel-max trick, drawing rng.random((batch, n_actions)) instead of one inverse-CDF uniform per row (right distribution, wrong draws) (8.6b)
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
    z = z - z.max(axis=1, keepdims=True)
    probs = np.exp(z)
    probs = probs / probs.sum(axis=1, keepdims=True)
    gumbel = -np.log(-np.log(rng.random(z.shape)))
    return np.argmax(np.log(probs + 1e-300) + gumbel, axis=1).astype(np.int64)
