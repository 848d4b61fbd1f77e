# target: ch01_hopfield
# kind: alternative
# why: beginner-style explicit loops (double loop for W, double loop for the energy, for-range sweeps with break); same maths, same rng use
def hebbian_weights(patterns):
    P = np.array(patterns, dtype=float)
    for value in P.ravel():
        if value != 1 and value != -1:
            raise ValueError("patterns must contain only -1 and +1, found " + str(value))
    p, N = P.shape
    W = np.zeros((N, N))
    for i in range(N):
        for j in range(N):
            if i == j:
                continue
            total = 0.0
            for mu in range(p):
                total += P[mu, i] * P[mu, j]
            W[i, j] = total / N
    return W


def energy(W, s):
    W = np.array(W, dtype=float)
    s = np.array(s, dtype=float)
    E = 0.0
    n = len(s)
    for i in range(n):
        for j in range(n):
            E += W[i, j] * s[i] * s[j]
    return -0.5 * E


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    state = np.array(cue, dtype=float)
    if not np.all((state == 1) | (state == -1)):
        raise ValueError("cue must contain only -1 and +1")
    state = state.astype(np.int64)
    N = len(state)
    sweeps = 0
    for sweep in range(max_sweeps):
        order = rng.permutation(N)
        sweeps += 1
        n_changed = 0
        for i in order:
            h = np.dot(W[i], state)
            if h > 0 and state[i] != 1:
                state[i] = 1
                n_changed += 1
            elif h < 0 and state[i] != -1:
                state[i] = -1
                n_changed += 1
        # print("sweep", sweeps, "changed", n_changed)
        if n_changed == 0:
            break
    return state, sweeps
