# target: ch01_hopfield
# kind: alternative
# why: split into helper functions (validation, one sweep returning its flip count), sum of np.outer for W, while-True loop with explicit counter, a leftover debug print
def check_plus_minus_one(a, name):
    a = np.asarray(a, dtype=float)
    bad = ~((a == 1.0) | (a == -1.0))
    if bad.any():
        raise ValueError(f"{name} holds {bad.sum()} value(s) other than -1/+1")
    return a


def hebbian_weights(patterns):
    P = check_plus_minus_one(patterns, "patterns")
    p, N = P.shape
    print(f"storing {p} pattern(s) of {N} units")
    W = np.zeros((N, N), dtype=np.float64)
    for x in P:
        W += np.outer(x, x)
    W = W / N
    np.fill_diagonal(W, 0)
    return W


def energy(W, s):
    s = np.asarray(s, dtype=float)
    return -0.5 * float(s @ np.asarray(W, dtype=float) @ s)


def one_sweep(W, state, order):
    """Update the units in `order` in place; return how many flipped."""
    flips = 0
    for i in order:
        h = W[i] @ state
        if h == 0:
            continue
        new = 1 if h > 0 else -1
        if new != state[i]:
            state[i] = new
            flips += 1
    return flips


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    state = check_plus_minus_one(cue, "cue").astype(np.int64)
    N = state.size
    count = 0
    while True:
        if count >= max_sweeps:
            break
        flips = one_sweep(W, state, rng.permutation(N))
        count += 1
        if flips == 0:
            break
    return state, count
