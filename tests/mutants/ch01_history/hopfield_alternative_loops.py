# target: ch01_hopfield
# kind: alternative
# why: explicit loops over patterns, rng.shuffle of an index array, prints while debugging
def hebbian_weights(patterns):
    patterns = np.array(patterns, dtype=float)
    print("storing", patterns.shape[0], "patterns")
    for v in np.unique(patterns):
        if v not in (-1, 1):
            raise ValueError(f"bad value {v}")
    n_units = patterns.shape[1]
    W = np.zeros((n_units, n_units))
    for xi in patterns:
        W += np.outer(xi, xi)
    W /= n_units
    for i in range(n_units):
        W[i, i] = 0
    return W


def energy(W, s):
    s = np.array(s, dtype=float)
    total = 0.0
    for i in range(len(s)):
        total += s[i] * (W[i] @ s)
    return -total / 2


def recall(W, cue, rng, max_sweeps=100):
    s = np.array(cue).astype(np.int64)
    if set(np.unique(cue).tolist()) - {-1, 1}:
        raise ValueError("cue values must be -1 or +1")
    for sweep in range(1, max_sweeps + 1):
        order = np.arange(len(s))
        rng.shuffle(order)
        flips = 0
        for i in order:
            h = np.dot(W[i], s)
            if h > 0 and s[i] == -1:
                s[i] = 1
                flips += 1
            elif h < 0 and s[i] == 1:
                s[i] = -1
                flips += 1
        if flips == 0:
            return s, sweep
    return s, max_sweeps
