# target: ch01_hopfield
# kind: mutant
# why: the max_sweeps test is done with > after incrementing, so a non-converging recall runs max_sweeps+1 sweeps
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
    sweeps = 0
    while True:
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
        if not changed or sweeps > max_sweeps:
            break
    return s, sweeps
