# target: ch01_hopfield
# kind: alternative
# why: einsum for W, energy with np.sum, a helper for the sign rule, a for/else loop
def hebbian_weights(patterns):
    xi = np.asarray(patterns, dtype=np.float64)
    if not np.isin(xi, (-1.0, 1.0)).all():
        raise ValueError("patterns may only contain -1 and +1")
    W = np.einsum("pi,pj->ij", xi, xi) / xi.shape[1]
    return W * (1 - np.eye(xi.shape[1]))


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    return -0.5 * np.sum(np.asarray(W) * np.outer(s, s))


def _sign_keep(h, old):
    if h == 0:
        return old
    return 1 if h > 0 else -1


def recall(W, cue, rng, max_sweeps=100):
    if not np.isin(np.asarray(cue), (-1, 1)).all():
        raise ValueError("cue may only contain -1 and +1")
    state = np.asarray(cue).astype(np.int64).copy()
    W = np.asarray(W, dtype=np.float64)
    n = 0
    for n in range(1, max_sweeps + 1):
        before = state.copy()
        for i in rng.permutation(state.shape[0]):
            state[i] = _sign_keep(W[i] @ state, state[i])
        if np.array_equal(before, state):
            break
    return state, n
