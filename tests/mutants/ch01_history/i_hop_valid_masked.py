# target: ch01_hopfield
# kind: alternative
# why: W via matrix product masked with (1 - eye), energy via np.dot/np.vdot, per-unit update written as a conditional expression, validation via set of unique values (subset test), np.int64 loop counter
def hebbian_weights(patterns):
    P = np.array(patterns, dtype=np.float64, copy=True)
    if not set(np.unique(P).tolist()) <= {-1.0, 1.0}:
        raise ValueError("patterns must be bipolar (-1/+1)")
    N = P.shape[1]
    W = (P.T @ P) / N
    W = W * (1.0 - np.eye(N))
    return W


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    Ws = np.dot(np.asarray(W, dtype=np.float64), s)
    return -0.5 * np.vdot(s, Ws)


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    c = np.asarray(cue)
    if not set(np.unique(c).tolist()) <= {-1, 1}:
        raise ValueError("cue must be bipolar (-1/+1)")
    s = np.array(c, dtype=np.int64)
    N = len(s)
    n = np.int64(0)
    stable = False
    while not stable and n < max_sweeps:
        n += 1
        stable = True
        for i in rng.permutation(N):
            h = W[i].dot(s)
            new = s[i] if h == 0 else (1 if h > 0 else -1)
            if new != s[i]:
                s[i] = new
                stable = False
    return s, n
