# target: ch08_bandits
# kind: alternative
# why: one generic agent loop with a choose-arm callback (closures); UCB bonus built per arm with math.sqrt/math.log in a list; regret via np.take and np.add.accumulate on a copy, empty input handled
import math


def run_agent(bandit, steps, choose):
    k = int(bandit.n_arms)
    q = np.zeros(k)
    n = np.zeros(k, dtype=np.int64)
    actions = np.empty(steps, dtype=np.int64)
    rewards = np.empty(steps, dtype=np.float64)
    for i in range(steps):
        arm = choose(i, q, n)
        r = bandit.pull(arm)
        n[arm] = n[arm] + 1
        q[arm] = q[arm] + (r - q[arm]) / n[arm]
        actions[i] = arm
        rewards[i] = r
    return actions, rewards, q.astype(np.float64)


def epsilon_greedy(bandit, steps, epsilon, rng):
    """Run an epsilon-greedy agent for `steps` pulls; return (actions, rewards, estimates)."""
    k = int(bandit.n_arms)

    def choose(i, q, n):
        u = rng.random()
        return int(rng.integers(k)) if u < epsilon else int(q.argmax())

    return run_agent(bandit, steps, choose)


def ucb(bandit, steps, c):
    """Run a UCB agent with exploration constant c; return (actions, rewards, estimates)."""
    k = int(bandit.n_arms)

    def choose(i, q, n):
        if i < k:
            return i
        t = i + 1
        bonus = np.array([c * math.sqrt(math.log(t) / n[a]) for a in range(k)])
        return int(np.argmax(q + bonus))

    return run_agent(bandit, steps, choose)


def cumulative_regret(actions, means):
    """Running sum of max(means) - means[action] over the actions taken."""
    m = np.asarray(means, dtype=np.float64).copy()
    idx = np.asarray(list(actions), dtype=np.int64)
    gaps = np.max(m) - np.take(m, idx)
    return np.add.accumulate(gaps, dtype=np.float64) if len(gaps) else np.zeros(0, dtype=np.float64)
