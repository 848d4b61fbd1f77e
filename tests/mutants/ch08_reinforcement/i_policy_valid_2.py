# target: ch08_policy
# kind: alternative
# why: functional-API model with a named ReLU hidden layer of 32 units; sampler vectorises the float64 softmax, then loops over rows with np.searchsorted(side='right') and a fallback to the last action
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    inputs = keras.Input(shape=(obs_dim,), dtype="float32", name="observation")
    hidden = keras.layers.Dense(32, activation="relu", name="hidden")(inputs)
    logits = keras.layers.Dense(n_actions, activation=None, name="logits")(hidden)
    return keras.Model(inputs, logits, name="cartpole_policy")


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.asarray(logits).astype(np.float64)
    batch, n_actions = z.shape
    u = rng.random(batch)
    z -= z.max(axis=1, keepdims=True)          # z is our own copy
    weights = np.exp(z)
    cdfs = np.cumsum(weights / weights.sum(axis=1, keepdims=True), axis=1)
    chosen = []
    for cdf, threshold in zip(cdfs, u):
        index = int(np.searchsorted(cdf, threshold, side="right"))
        chosen.append(min(index, n_actions - 1))
    return np.array(chosen, dtype=np.int64)
