# target: ch01_hopfield
# kind: mutant
# why: returns the loop index instead of index+1 when max_sweeps is reached (reports max_sweeps-1 sweeps; crashes for max_sweeps=0); correct when it converges
def hebbian_weights(patterns):
    P = np.array(patterns, dtype=np.float64)
    if not np.all(np.isin(P, [-1, 1])):
        raise ValueError("patterns must hold only -1 and +1")
    N = P.shape[1]
    W = P.T @ P / N
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
    for sweep in range(max_sweeps):
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
            return s, sweep + 1
    return s, sweep
