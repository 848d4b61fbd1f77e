# target: ch01_hopfield
# kind: alternative
# why: keeps the local field vector h = W s up to date incrementally (h += W[:, i] * delta after each flip); mathematically identical, exact for integer W (float W can differ only in last-bit noise on exact ties)
def hebbian_weights(patterns):
    P = np.asarray(patterns, dtype=np.float64)
    if np.any(np.abs(P) != 1):
        raise ValueError("patterns must contain only -1 and +1")
    N = P.shape[1]
    W = P.T.dot(P)  # new array
    W[range(N), range(N)] = 0
    W /= N
    return W


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    return float(-0.5 * s.dot(np.asarray(W, dtype=np.float64).dot(s)))


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    s = np.array(cue, dtype=np.float64)
    if np.any(np.abs(s) != 1):
        raise ValueError("cue must contain only -1 and +1")
    s = s.astype(np.int64)
    N = s.shape[0]
    h = W @ s
    sweeps = 0
    while sweeps < max_sweeps:
        sweeps += 1
        changed = False
        for i in rng.permutation(N):
            if h[i] > 0:
                target = 1
            elif h[i] < 0:
                target = -1
            else:
                target = s[i]
            if target != s[i]:
                delta = target - s[i]
                s[i] = target
                h = h + W[:, i] * delta
                changed = True
        if not changed:
            break
    return s, sweeps
