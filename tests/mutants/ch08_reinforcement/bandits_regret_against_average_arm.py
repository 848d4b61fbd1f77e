# target: ch08_bandits
# kind: mutant
# why: measures regret against the average arm instead of the best
def epsilon_greedy(bandit, steps, epsilon, rng):
    k = bandit.n_arms
    q, n = np.zeros(k), np.zeros(k)
    actions, rewards = np.zeros(steps, dtype=np.int64), np.zeros(steps)
    for t in range(steps):
        arm = int(rng.integers(k)) if rng.random() < epsilon else int(np.argmax(q))
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
    return np.cumsum(means.mean() - means[np.asarray(actions)])
