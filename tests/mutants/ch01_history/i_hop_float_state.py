# target: ch01_hopfield
# kind: mutant
# why: works on a float64 copy of the cue and returns it as is, so state has dtype float64 instead of int64
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
    W = np.asarray(W, dtype=float)
    s = np.array(cue, dtype=float)
    if not np.all(np.isin(s, [-1, 1])):
        raise ValueError("cue must hold only -1 and +1")
    N = s.shape[0]
    sweeps = 0
    while sweeps < max_sweeps:
        sweeps += 1
        changed = False
        for i in rng.permutation(N):
            h = W[i] @ s
            if h > 0 and s[i] != 1:
                s[i] = 1.0
                changed = True
            elif h < 0 and s[i] != -1:
                s[i] = -1.0
                changed = True
        if not changed:
            break
    return s, sweeps
