# target: ch08_bandits
# kind: mutant
# why: uses ln of the zero-based step index in the bonus
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
        arm = t if t < k else int(np.argmax(q + c * np.sqrt(np.log(t) / n)))
        r = bandit.pull(arm)
        n[arm] += 1
        q[arm] += (r - q[arm]) / n[arm]
        actions[t], rewards[t] = arm, r
    return actions, rewards, q


def cumulative_regret(actions, means):
    means = np.asarray(means, dtype=float)
    return np.cumsum(means.max() - means[np.asarray(actions)])
