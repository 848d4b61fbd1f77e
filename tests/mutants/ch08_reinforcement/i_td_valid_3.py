# target: ch08_td
# kind: alternative
# why: pure-Python greedy choice (first maximum via a loop over tolist()), targets built by a helper, TD error converted with .item(); prints nothing but calls type()
def td_target(reward, bootstrap, terminated, gamma):
    if terminated:
        return reward
    return reward + gamma * bootstrap


def epsilon_greedy_action(Q, state, epsilon, rng):
    """With probability epsilon a random action, otherwise the greedy one."""
    explore = rng.random() < epsilon
    values = Q[state].tolist()
    if explore:
        return int(rng.integers(len(values)))
    best = 0
    for a in range(1, len(values)):
        if values[a] > values[best]:
            best = a
    return best


def q_learning_update(Q, state, action, reward, next_state, terminated, alpha, gamma):
    """One Q-learning update of Q[state, action], in place; returns the TD error."""
    target = td_target(reward, Q[next_state].max(), terminated, gamma)
    error = np.float64(target) - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * error
    assert type(error.item()) is float
    return error.item()


def sarsa_update(Q, state, action, reward, next_state, next_action, terminated, alpha, gamma):
    """One SARSA update of Q[state, action], in place; returns the TD error."""
    target = td_target(reward, Q[next_state, next_action], terminated, gamma)
    error = np.float64(target) - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * error
    return error.item()
