# target: ch08_bandits
# kind: mutant
# why: explores only among the arms that are not greedy, so the generator is used differently
def epsilon_greedy(bandit, steps, epsilon, rng):
    k = bandit.n_arms
    q, n = np.zeros(k), np.zeros(k)
    actions, rewards = np.zeros(steps, dtype=np.int64), np.zeros(steps)
    for t in range(steps):
        best = int(np.argmax(q))
        if rng.random() < epsilon:
            others = [a for a in range(k) if a != best]
            arm = others[int(rng.integers(len(others)))]
        else:
            arm = best
        r = bandit.pull(arm)
        n[arm] += 1
        q[arm] += (r - q[arm]) / n[arm]
        actions[t], rewards[t] = arm, r
    return actions, rewards, q


def ucb(bandit, steps, c):
    k = bandit.n_arms
    q, n = np.zeros(k), np.zeros(k)
    actions, rewards = np.zeros(steps, dtype=np.int64), np.zeros(steps)
    for t in range(steps):
        arm = t if t < k else int(np.argmax(q + c * np.sqrt(np.log(t + 1) / n)))
        r = bandit.pull(arm)
        n[arm] += 1
        q[arm] += (r - q[arm]) / n[arm]
        actions[t], rewards[t] = arm, r
    return actions, rewards, q


def cumulative_regret(actions, means):
    means = np.asarray(means, dtype=float)
    return np.cumsum(means.max() - means[np.asarray(actions)])
