# target: ch08_policy
# kind: alternative
# why: functional API with 64 ReLU units; sampling with searchsorted row by row
def build_policy(obs_dim, n_actions):
    inputs = keras.Input(shape=(obs_dim,))
    hidden = keras.layers.Dense(64, activation="relu")(inputs)
    logits = keras.layers.Dense(n_actions, name="logits")(hidden)
    return keras.Model(inputs, logits)


def sample_actions(logits, rng):
    logits = np.array(logits, dtype=np.float64)
    u = rng.random(logits.shape[0])
    out = np.empty(logits.shape[0], dtype=np.int64)
    for i, row in enumerate(logits):
        e = np.exp(row - np.max(row))
        cdf = np.cumsum(e / e.sum())
        out[i] = min(np.searchsorted(cdf, u[i], side="right"), len(row) - 1)
    return out
