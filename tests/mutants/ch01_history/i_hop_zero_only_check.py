# target: ch01_hopfield
# kind: mutant
# why: validation only rejects 0 (the 0/1 vs -1/+1 confusion), so values like 2, -3 or 0.5 pass without ValueError
def hebbian_weights(patterns):
    P = np.array(patterns, dtype=np.float64)
    if np.any(P == 0):
        raise ValueError("use -1/+1 patterns, not 0/1")
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
    if np.any(s == 0):
        raise ValueError("use a -1/+1 cue, not 0/1")
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
