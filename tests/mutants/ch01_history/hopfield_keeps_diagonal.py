# target: ch01_hopfield
# kind: mutant
# why: forgets to zero the diagonal of W (p/N on it)
def hebbian_weights(patterns):
    xi = np.asarray(patterns, dtype=np.float64)
    if xi.ndim != 2 or not np.all(np.abs(xi) == 1):
        raise ValueError("patterns must hold only -1 and +1")
    W = xi.T @ xi / xi.shape[1]
    return W


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    return float(-0.5 * s @ np.asarray(W, dtype=np.float64) @ s)


def recall(W, cue, rng, max_sweeps=100):
    state = np.array(cue, dtype=np.int64)
    if not np.all(np.abs(np.asarray(cue)) == 1):
        raise ValueError("cue must hold only -1 and +1")
    W = np.asarray(W)
    sweeps = 0
    while sweeps < max_sweeps:
        sweeps += 1
        changed = False
        for i in rng.permutation(len(state)):
            h = W[i] @ state
            new = 1 if h > 0 else -1 if h < 0 else state[i]
            if new != state[i]:
                state[i] = new
                changed = True
        if not changed:
            break
    return state, sweeps
