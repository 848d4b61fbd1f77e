# target: ch08_td
# kind: alternative
# why: a shared helper applies the update through +=; greedy choice via np.flatnonzero(row == row.max())[0]; bootstrap value multiplied by (not terminated) expressed with a conditional
def apply_td(Q, state, action, target, alpha):
    old = float(Q[state, action])
    error = float(target) - old
    Q[state, action] += alpha * error
    return error


def epsilon_greedy_action(Q, state, epsilon, rng):
    """With probability epsilon a random action, otherwise the greedy one."""
    u = rng.random()
    if u < epsilon:
        return int(rng.integers(len(Q[state])))
    row = Q[state]
    best = np.flatnonzero(row == row.max())
    return int(best[0])


def q_learning_update(Q, state, action, reward, next_state, terminated, alpha, gamma):
    """One Q-learning update of Q[state, action], in place; returns the TD error."""
    bootstrap = 0.0 if terminated else gamma * float(Q[next_state].max())
    return apply_td(Q, state, action, float(reward) + bootstrap, alpha)


def sarsa_update(Q, state, action, reward, next_state, next_action, terminated, alpha, gamma):
    """One SARSA update of Q[state, action], in place; returns the TD error."""
    bootstrap = 0.0 if terminated else gamma * float(Q[next_state, next_action])
    return apply_td(Q, state, action, float(reward) + bootstrap, alpha)
