# target: ch08_policy
# kind: mutant
# why: returns the most likely action instead of sampling
def build_policy(obs_dim, n_actions):
    return keras.Sequential([keras.Input(shape=(obs_dim,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(n_actions)])


def sample_actions(logits, rng):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    u = rng.random(z.shape[0])
    a = np.argmax(p, axis=1)
    return np.minimum(a, z.shape[1] - 1).astype(np.int64)
