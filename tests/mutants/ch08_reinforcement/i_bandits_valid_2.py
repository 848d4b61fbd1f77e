# target: ch08_bandits
# kind: alternative
# why: pure-Python lists and floats, tie-breaking with max(range(k), key=...) (first maximum), a shared helper, conversion at the end; regret by a running Python sum
import math


def record_pull(bandit, arm, estimates, counts, actions, rewards):
    reward = float(bandit.pull(arm))
    counts[arm] += 1
    estimates[arm] = estimates[arm] + (reward - estimates[arm]) / counts[arm]
    actions.append(arm)
    rewards.append(reward)


def finish(actions, rewards, estimates):
    print("ran", len(actions), "steps;", type(actions))
    return (np.array(actions, dtype=np.int64), np.array(rewards, dtype=np.float64),
            np.array(estimates, dtype=np.float64))


def epsilon_greedy(bandit, steps, epsilon, rng):
    """Run an epsilon-greedy agent for `steps` pulls; return (actions, rewards, estimates)."""
    k = bandit.n_arms
    estimates, counts, actions, rewards = [0.0] * k, [0] * k, [], []
    for step in range(steps):
        explore = rng.random() < epsilon
        if explore:
            arm = int(rng.integers(k))
        else:
            arm = max(range(k), key=lambda a: estimates[a])
        record_pull(bandit, arm, estimates, counts, actions, rewards)
    return finish(actions, rewards, estimates)


def ucb(bandit, steps, c):
    """Run a UCB agent with exploration constant c; return (actions, rewards, estimates)."""
    k = bandit.n_arms
    estimates, counts, actions, rewards = [0.0] * k, [0] * k, [], []
    for arm in range(min(k, steps)):
        record_pull(bandit, arm, estimates, counts, actions, rewards)
    for t in range(k + 1, steps + 1):
        scores = np.array(estimates) + c * np.sqrt(np.log(t) / np.array(counts, dtype=np.float64))
        arm = int(np.argmax(scores))
        record_pull(bandit, arm, estimates, counts, actions, rewards)
    return finish(actions, rewards, estimates)


def cumulative_regret(actions, means):
    """Running sum of max(means) - means[action] over the actions taken."""
    values = [float(m) for m in means]
    best = max(values)
    out, total = [], 0.0
    for a in actions:
        total += best - values[int(a)]
        out.append(total)
    return np.array(out, dtype=np.float64)
