# target: ch01_hopfield
# kind: alternative
# why: einsum for W and energy, diag_indices to clear the diagonal, np.sign with an explicit h != 0 guard, convergence detected by comparing the state before/after each sweep
def hebbian_weights(patterns):
    xi = np.asarray(patterns).astype(np.float64)  # astype always copies
    if not np.isin(xi, [-1.0, 1.0]).all():
        raise ValueError("only -1/+1 allowed in patterns")
    N = xi.shape[1]
    W = np.einsum("pi,pj->ij", xi, xi) / N
    W[np.diag_indices_from(W)] = 0.0
    return W


def energy(W, s):
    s = np.asarray(s, dtype=np.float64)
    W = np.asarray(W, dtype=np.float64)
    return float(-0.5 * np.einsum("i,ij,j->", s, W, s))


def recall(W, cue, rng, max_sweeps=100):
    W = np.asarray(W)
    cue_arr = np.asarray(cue)
    if not np.isin(cue_arr, [-1, 1]).all():
        raise ValueError("cue must hold only -1 and +1")
    state = cue_arr.astype(np.int64)  # copy, cue is not touched
    N = state.shape[0]
    sweeps = 0
    while sweeps < max_sweeps:
        before = state.copy()
        order = rng.permutation(N)
        for i in order:
            h = W[i] @ state
            if h != 0:
                state[i] = int(np.sign(h))
        sweeps += 1
        if np.array_equal(before, state):
            break
    return state, sweeps
