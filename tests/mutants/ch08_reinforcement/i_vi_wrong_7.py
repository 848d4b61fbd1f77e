# target: ch08_value_iteration
# kind: mutant
# why: bellman_backup sets V[s'] = 0 in place (np.asarray view) for states reached by a terminated outcome and then always bootstraps: modifies the caller's V and mis-values non-terminal moves into such states (8.2b/8.2e)
def bellman_backup(P, V, gamma):
    """Q[s, a] = sum over outcomes of p * (r + gamma * V[s'] unless terminated)."""
    values = np.asarray(V, dtype=np.float64)
    n_states = len(P)
    n_actions = len(P[0])
    for s in range(n_states):
        for a in range(n_actions):
            for p, s_next, r, terminated in P[s][a]:
                if terminated:
                    values[s_next] = 0.0  # the return from a terminal state is 0
    Q = np.zeros((n_states, n_actions), dtype=np.float64)
    for s in range(n_states):
        for a in range(n_actions):
            total = 0.0
            for p, s_next, r, terminated in P[s][a]:
                total += p * (r + gamma * values[s_next])
            Q[s, a] = total
    return Q


def value_iteration(P, gamma, tol=1e-10):
    """Optimal state values and a greedy policy, by repeated Bellman optimality backups."""
    V = np.zeros(len(P), dtype=np.float64)
    while True:
        old_V = V.copy()
        V = bellman_backup(P, V, gamma).max(axis=1)
        if np.max(np.abs(V - old_V)) < tol:
            break
    policy = np.argmax(bellman_backup(P, V, gamma), axis=1).astype(np.int64)
    return V, policy
