# target: ch08_policy
# kind: mutant
# why: hidden layers of 128 and 64 units, about 9,000 parameters, over the budget of 5,000
def build_policy(obs_dim, n_actions):
    return keras.Sequential([keras.Input(shape=(obs_dim,)), keras.layers.Dense(128, activation="tanh"), keras.layers.Dense(64, activation="tanh"), keras.layers.Dense(n_actions)])


def sample_actions(logits, rng):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    u = rng.random(z.shape[0])
    a = (np.cumsum(p, axis=1) <= u[:, None]).sum(axis=1)
    return np.minimum(a, z.shape[1] - 1).astype(np.int64)
