# target: ch08_policy
# kind: mutant
# why: softmax computed as exp(logits)/sum without subtracting the row max, so logits of +-1000 overflow to inf/nan and the sampled actions are wrong (8.6b accuracy)
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
    exps = np.exp(np.asarray(logits, dtype=np.float64))
    probs = exps / exps.sum(axis=1, keepdims=True)
    cdf = np.cumsum(probs, axis=1)
    u = rng.random(cdf.shape[0])
    actions = np.full(cdf.shape[0], cdf.shape[1] - 1, dtype=np.int64)
    for i in range(cdf.shape[0]):
        for a in range(cdf.shape[1]):
            if u[i] < cdf[i, a]:
                actions[i] = a
                break
    return actions
