# target: ch08_bandits
# kind: alternative
# why: straightforward NumPy-array loops with np.argmax; regret vectorised with fancy indexing after an int64 conversion
def epsilon_greedy(bandit, steps, epsilon, rng):
    """Run an epsilon-greedy agent for `steps` pulls; return (actions, rewards, estimates)."""
    k = int(bandit.n_arms)
    estimates = np.zeros(k, dtype=np.float64)
    counts = np.zeros(k, dtype=np.int64)
    actions = np.zeros(steps, dtype=np.int64)
    rewards = np.zeros(steps, dtype=np.float64)
    for t in range(steps):
        if rng.random() < epsilon:
            arm = int(rng.integers(k))
        else:
            arm = int(np.argmax(estimates))
        reward = float(bandit.pull(arm))
        counts[arm] += 1
        estimates[arm] += (reward - estimates[arm]) / counts[arm]
        actions[t] = arm
        rewards[t] = reward
    return actions, rewards, estimates


def ucb(bandit, steps, c):
    """Run a UCB agent with exploration constant c; return (actions, rewards, estimates)."""
    k = int(bandit.n_arms)
    estimates = np.zeros(k, dtype=np.float64)
    counts = np.zeros(k, dtype=np.float64)
    actions = np.zeros(steps, dtype=np.int64)
    rewards = np.zeros(steps, dtype=np.float64)
    for i in range(steps):
        t = i + 1
        if i < k:
            arm = i
        else:
            arm = int(np.argmax(estimates + c * np.sqrt(np.log(t) / counts)))
        reward = float(bandit.pull(arm))
        counts[arm] += 1
        estimates[arm] += (reward - estimates[arm]) / counts[arm]
        actions[i] = arm
        rewards[i] = reward
    return actions, rewards, estimates


def cumulative_regret(actions, means):
    """Running sum of max(means) - means[action] over the actions taken."""
    means = np.array(means, dtype=np.float64)
    actions = np.array(actions, dtype=np.int64).reshape(-1)
    return np.cumsum(means.max() - means[actions]).astype(np.float64)
