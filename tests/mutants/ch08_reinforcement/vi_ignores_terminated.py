# target: ch08_value_iteration
# kind: mutant
# why: adds gamma * V[s'] even when the transition ends the episode
def bellman_backup(P, V, gamma):
    V = np.asarray(V, dtype=np.float64)
    Q = np.zeros((len(P), len(P[0])))
    for s in range(len(P)):
        for a in range(len(P[0])):
            for p, s2, r, done in P[s][a]:
                Q[s, a] += p * (r + gamma * V[s2])
    return Q


def value_iteration(P, gamma, tol=1e-10):
    V = np.zeros(len(P))
    while True:
        new = bellman_backup(P, V, gamma).max(axis=1)
        delta = np.abs(new - V).max()
        V = new
        if delta < tol:
            break
    return V, np.argmax(bellman_backup(P, V, gamma), axis=1)
