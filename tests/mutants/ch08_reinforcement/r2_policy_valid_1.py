# target: ch08_policy
# kind: alternative
# why: Sequential 4-32-2 net with linear output; softmax in float64 with max subtracted, cumsum, first index where u < cdf with last-action fallback
def build_policy(obs_dim, n_actions):
    """A small Keras network from observations to action logits."""
    model = keras.Sequential([
        keras.Input(shape=(obs_dim,)),
        keras.layers.Dense(32, activation="relu"),
        keras.layers.Dense(n_actions),  # raw logits, no softmax
    ])
    return model


def _stable_softmax(x):
    shifted = x - np.max(x, axis=1, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=1, keepdims=True)


def sample_actions(logits, rng):
    """One action per row, sampled from softmax(logits) by the inverse CDF of u = rng.random(batch)."""
    z = np.array(logits, dtype=np.float64)  # copy, so the caller's array is untouched
    probs = _stable_softmax(z)
    cdf = np.cumsum(probs, axis=1)
    batch, n = cdf.shape
    u = rng.random(batch)
    hit = u[:, None] < cdf
    # first True in each row; rows with no True (rounding) get the last action
    actions = np.where(hit.any(axis=1), np.argmax(hit, axis=1), n - 1)
    # print("probs", probs[:2], "u", u[:2], "actions", actions[:2])
    return actions.astype(np.int64)
