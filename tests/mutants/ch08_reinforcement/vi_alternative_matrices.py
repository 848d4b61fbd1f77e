# target: ch08_value_iteration
# kind: alternative
# why: builds transition and reward arrays once and iterates with matrix products
def model_arrays(P):
    n_s, n_a = len(P), len(P[0])
    T = np.zeros((n_s, n_a, n_s))
    R = np.zeros((n_s, n_a))
    for s in range(n_s):
        for a in range(n_a):
            for p, s2, r, done in P[s][a]:
                R[s, a] += p * r
                if not done:
                    T[s, a, s2] += p
    return T, R


def bellman_backup(P, V, gamma):
    T, R = model_arrays(P)
    return R + gamma * T @ np.array(V, dtype=float)


def value_iteration(P, gamma, tol=1e-10):
    T, R = model_arrays(P)
    V = np.zeros(len(P))
    delta = np.inf
    while delta >= tol:
        V_new = np.max(R + gamma * T @ V, axis=1)
        delta = np.max(np.abs(V_new - V))
        V = V_new
    policy = np.argmax(R + gamma * T @ V, axis=1)
    return V, policy.astype(np.int64)
