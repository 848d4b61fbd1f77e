# target: ch08_policy
# kind: mutant
# why: counts the cumulative probabilities above u, reversing the order of the actions
def build_policy(obs_dim, n_actions):
    return keras.Sequential([keras.Input(shape=(obs_dim,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(n_actions)])


def sample_actions(logits, rng):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    u = rng.random(z.shape[0])
    a = (np.cumsum(p, axis=1) > u[:, None]).sum(axis=1) - 1
    return np.minimum(a, z.shape[1] - 1).astype(np.int64)
