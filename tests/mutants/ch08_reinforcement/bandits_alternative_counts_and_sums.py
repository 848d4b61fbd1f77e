# target: ch08_bandits
# kind: alternative
# why: keeps reward sums and counts, divides at the end, and picks arms with a helper
def pick(estimates):
    best = 0
    for a in range(1, len(estimates)):
        if estimates[a] > estimates[best]:
            best = a
    return best


def epsilon_greedy(bandit, steps, epsilon, rng):
    sums = [0.0] * bandit.n_arms
    counts = [0] * bandit.n_arms
    actions, rewards = [], []
    for _ in range(steps):
        estimates = [s / c if c else 0.0 for s, c in zip(sums, counts)]
        if rng.random() < epsilon:
            arm = int(rng.integers(bandit.n_arms))
        else:
            arm = pick(estimates)
        reward = bandit.pull(arm)
        sums[arm] += reward
        counts[arm] += 1
        actions.append(arm)
        rewards.append(reward)
    final = [s / c if c else 0.0 for s, c in zip(sums, counts)]
    return np.array(actions, dtype=np.int64), np.array(rewards, dtype=np.float64), np.array(final, dtype=np.float64)


def ucb(bandit, steps, c):
    print(type(bandit))
    k = bandit.n_arms
    q, n = np.zeros(k), np.zeros(k, dtype=int)
    actions, rewards = np.zeros(steps, dtype=np.int64), np.zeros(steps)
    for t in range(1, steps + 1):
        untried = np.flatnonzero(n == 0)
        if len(untried):
            arm = int(untried[0])
        else:
            arm = int(np.argmax(q + c * np.sqrt(np.log(t) / n)))
        r = float(bandit.pull(arm))
        n[arm] += 1
        q[arm] += (r - q[arm]) / n[arm]
        actions[t - 1], rewards[t - 1] = arm, r
    return actions, rewards, q


def cumulative_regret(actions, means):
    gaps = [max(means) - means[a] for a in actions]
    return np.cumsum(np.array(gaps, dtype=np.float64))
