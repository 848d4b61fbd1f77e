# target: ch08_policy
# kind: alternative
# why: functional-API model with linear logits; probabilities via log-sum-exp in float64, action = count of cdf entries <= u, clipped to the last action (same as smallest a with u < cdf)
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    inputs = keras.Input(shape=(obs_dim,), dtype="float32")
    hidden = keras.layers.Dense(32, activation="relu", name="hidden")(inputs)
    logits = keras.layers.Dense(n_actions, activation=None, name="logits")(hidden)
    policy = keras.Model(inputs=inputs, outputs=logits, name="cartpole_policy")
    return policy


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    logits64 = np.asarray(logits).astype(np.float64)  # astype always copies
    n_rows, n_actions = logits64.shape
    row_max = logits64.max(axis=1, keepdims=True)
    log_z = row_max + np.log(np.exp(logits64 - row_max).sum(axis=1, keepdims=True))
    pi = np.exp(logits64 - log_z)
    cumulative = np.cumsum(pi, axis=1)
    u = rng.random(n_rows)
    # cdf is non-decreasing, so the number of entries <= u is the index of the first entry > u
    chosen = np.sum(cumulative <= u[:, None], axis=1)
    chosen = np.minimum(chosen, n_actions - 1)
    return chosen.astype(np.int64)
