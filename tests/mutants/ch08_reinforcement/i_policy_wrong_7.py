# target: ch08_policy
# kind: mutant
# why: softmax computed with tf.nn.softmax in the dtype of logits, i.e. float32 for float32 logits, not float64 (8.6b)
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    return keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions),
    ])


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.asarray(logits)
    probs = tf.nn.softmax(z, axis=1).numpy()
    cdf = np.cumsum(probs, axis=1).astype(np.float64)
    u = rng.random(z.shape[0])
    actions = np.sum(cdf <= u[:, None], axis=1)
    return np.minimum(actions, z.shape[1] - 1).astype(np.int64)
