# target: ch08_value_iteration
# kind: mutant
# why: stops as soon as the greedy policy stops changing, before the values have converged
def bellman_backup(P, V, gamma):
    V = np.asarray(V, dtype=np.float64)
    Q = np.zeros((len(P), len(P[0])))
    for s in range(len(P)):
        for a in range(len(P[0])):
            for p, s2, r, done in P[s][a]:
                Q[s, a] += p * (r + (0.0 if done else gamma * V[s2]))
    return Q


def value_iteration(P, gamma, tol=1e-10):
    V = np.zeros(len(P))
    policy = None
    while True:
        Q = bellman_backup(P, V, gamma)
        new_policy = np.argmax(Q, axis=1)
        new = Q.max(axis=1)
        if policy is not None and np.array_equal(policy, new_policy) and np.abs(new - V).max() < 1e-2:
            V = new
            break
        V, policy = new, new_policy
    return V, np.argmax(bellman_backup(P, V, gamma), axis=1)
