# target: ch08_td
# kind: mutant
# why: sarsa_update ignores terminated and always adds gamma * Q[next_state, next_action] (8.3c)
def epsilon_greedy_action(Q, state, epsilon, rng):
    """With probability epsilon a random action, otherwise the greedy one."""
    n_actions = Q.shape[1]
    if rng.random() < epsilon:
        return int(rng.integers(n_actions))
    return int(np.argmax(Q[state]))


def q_learning_update(Q, state, action, reward, next_state, terminated, alpha, gamma):
    """One Q-learning update of Q[state, action], in place; returns the TD error."""
    if terminated:
        target = reward
    else:
        target = reward + gamma * np.max(Q[next_state])
    error = target - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * error
    return float(error)


def sarsa_update(Q, state, action, reward, next_state, next_action, terminated, alpha, gamma):
    """One SARSA update of Q[state, action], in place; returns the TD error."""
    target = reward + gamma * Q[next_state, next_action]
    error = target - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * error
    return float(error)
