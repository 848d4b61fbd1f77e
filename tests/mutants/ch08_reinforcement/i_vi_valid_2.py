# target: ch08_value_iteration
# kind: alternative
# why: flattens the table into NumPy arrays once (helper) and computes every backup with np.add.at, so the sweep is vectorised; lists of outcomes of any length
def flatten_table(P):
    n_states, n_actions = len(P), len(P[0])
    rows, probs, nexts, rewards, ends = [], [], [], [], []
    for s in range(n_states):
        for a in range(n_actions):
            for p, s_next, r, terminated in P[s][a]:
                rows.append(s * n_actions + a)
                probs.append(float(p))
                nexts.append(int(s_next))
                rewards.append(float(r))
                ends.append(bool(terminated))
    return (n_states, n_actions, np.array(rows, dtype=np.int64), np.array(probs, dtype=np.float64),
            np.array(nexts, dtype=np.int64), np.array(rewards, dtype=np.float64), np.array(ends, dtype=bool))


def backup_from_flat(flat, V, gamma):
    n_states, n_actions, rows, probs, nexts, rewards, ends = flat
    continuation = np.where(ends, 0.0, gamma * V[nexts])
    terms = probs * (rewards + continuation)
    Q = np.zeros(n_states * n_actions, dtype=np.float64)
    np.add.at(Q, rows, terms)
    return Q.reshape(n_states, n_actions)


def bellman_backup(P, V, gamma):
    """Q[s, a] = sum over outcomes of p * (r + gamma * V[s'] unless terminated)."""
    return backup_from_flat(flatten_table(P), np.asarray(V, dtype=np.float64).copy(), gamma)


def value_iteration(P, gamma, tol=1e-10):
    """Optimal state values and a greedy policy, by repeated Bellman optimality backups."""
    flat = flatten_table(P)
    V = np.zeros(flat[0])
    sweeps = 0
    while True:
        V_next = backup_from_flat(flat, V, gamma).max(axis=1)
        sweeps += 1
        done = bool(np.all(np.abs(V_next - V) < tol))
        V = V_next
        if done:
            break
    Q = backup_from_flat(flat, V, gamma)
    policy = np.argmax(Q, axis=1).astype(np.int64)
    return V.astype(np.float64), policy
