# target: ch08_value_iteration
# kind: alternative
# why: dense model arrays (expected reward R[s,a] and continuation matrix T[s,a,s']) iterated with einsum; final Q and policy from a loop backup in table order, first-max ties by explicit comparison
def bellman_backup(P, V, gamma):
    """Q[s, a] = sum over outcomes of p * (r + gamma * V[s'] unless terminated)."""
    V = [float(v) for v in np.asarray(V).reshape(-1)]
    Q = np.empty((len(P), len(P[0])), dtype=np.float64)
    for s in range(len(P)):
        for a in range(len(P[0])):
            Q[s, a] = sum(p * (r + (0.0 if done else gamma * V[s2])) for p, s2, r, done in P[s][a])
    return Q


def dense_model(P):
    n_states, n_actions = len(P), len(P[0])
    R = np.zeros((n_states, n_actions))
    T = np.zeros((n_states, n_actions, n_states))
    for s in range(n_states):
        for a in range(n_actions):
            for p, s2, r, done in P[s][a]:
                R[s, a] += p * r
                if not done:
                    T[s, a, s2] += p
    return R, T


def value_iteration(P, gamma, tol=1e-10):
    """Optimal state values and a greedy policy, by repeated Bellman optimality backups."""
    R, T = dense_model(P)
    V = np.zeros(len(P), dtype=np.float64)
    while True:
        V_new = (R + gamma * np.einsum("sat,t->sa", T, V)).max(axis=1)
        if np.max(np.abs(V_new - V)) < tol:
            V = V_new
            break
        V = V_new
    # polish with exact backups until they agree, then read the policy off the table-order backup
    Q = bellman_backup(P, V, gamma)
    V_final = Q.max(axis=1)
    while np.max(np.abs(V_final - V)) >= tol:
        V = V_final
        Q = bellman_backup(P, V, gamma)
        V_final = Q.max(axis=1)
    V = V_final
    Q = bellman_backup(P, V, gamma)
    policy = np.zeros(len(P), dtype=np.int64)
    for s in range(len(P)):
        best = 0
        for a in range(1, Q.shape[1]):
            if Q[s, a] > Q[s, best]:
                best = a
        policy[s] = best
    return V, policy
