# target: ch08_policy
# kind: alternative
# why: rng.choice with p= per row draws one uniform number per row and inverts the CDF, the same draws as the prescribed method
def build_policy(obs_dim, n_actions):
    return keras.Sequential([keras.Input(shape=(obs_dim,)), keras.layers.Dense(32, activation="tanh"), keras.layers.Dense(n_actions)])


def sample_actions(logits, rng):
    z = np.asarray(logits, dtype=np.float64)
    z = z - z.max(axis=1, keepdims=True)
    p = np.exp(z) / np.exp(z).sum(axis=1, keepdims=True)
    return np.array([rng.choice(len(row), p=row) for row in p], dtype=np.int64)
