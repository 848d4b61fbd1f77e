# target: ch08_policy
# kind: mutant
# why: fixes the input width at 4 and the outputs at 2
def build_policy(obs_dim, n_actions):
    return keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(2)])


def sample_actions(logits, rng):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    u = rng.random(z.shape[0])
    a = (np.cumsum(p, axis=1) <= u[:, None]).sum(axis=1)
    return np.minimum(a, z.shape[1] - 1).astype(np.int64)
