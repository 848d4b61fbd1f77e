# target: ch01_hopfield
# kind: mutant
# why: hebbian_weights uses patterns.shape / patterns.T directly, so a nested list (allowed by 6.1a) raises AttributeError
def hebbian_weights(patterns):
    p, N = patterns.shape
    if not np.all(np.isin(patterns, [-1, 1])):
        raise ValueError("patterns must hold only -1 and +1")
    W = (patterns.T @ patterns) / N
    W = W.astype(np.float64)
    np.fill_diagonal(W, 0.0)
    return W


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    return float(-0.5 * s @ np.asarray(W, dtype=np.float64) @ s)


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    s = np.array(cue)
    if not np.all(np.isin(s, [-1, 1])):
        raise ValueError("cue must hold only -1 and +1")
    s = s.astype(np.int64)
    N = s.shape[0]
    sweeps = 0
    while sweeps < max_sweeps:
        sweeps += 1
        changed = False
        for i in rng.permutation(N):
            h = W[i] @ s
            if h > 0 and s[i] != 1:
                s[i] = 1
                changed = True
            elif h < 0 and s[i] != -1:
                s[i] = -1
                changed = True
        if not changed:
            break
    return s, sweeps
