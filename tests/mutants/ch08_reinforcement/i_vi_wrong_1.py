# target: ch08_value_iteration
# kind: mutant
# why: keeps gamma * V[s'] for terminated outcomes too (the terminated flag is ignored) (8.2b)
def bellman_backup(P, V, gamma):
    """Q[s, a] = sum over outcomes of p * (r + gamma * V[s'] unless terminated)."""
    values = np.array(V, dtype=np.float64)
    n_states = len(P)
    n_actions = len(P[0])
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
        new_V = bellman_backup(P, V, gamma).max(axis=1)
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < tol:
            break
    policy = np.argmax(bellman_backup(P, V, gamma), axis=1).astype(np.int64)
    return V, policy
