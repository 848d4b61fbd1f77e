# target: ch08_td
# kind: mutant
# why: draws the random action first and the coin second
def epsilon_greedy_action(Q, state, epsilon, rng):
    random_action = int(rng.integers(Q.shape[1]))
    if rng.random() < epsilon:
        return random_action
    return int(np.argmax(Q[state]))


def q_learning_update(Q, state, action, reward, next_state, terminated, alpha, gamma):
    target = reward if terminated else reward + gamma * Q[next_state].max()
    td_error = target - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * td_error
    return float(td_error)


def sarsa_update(Q, state, action, reward, next_state, next_action, terminated, alpha, gamma):
    target = reward if terminated else reward + gamma * Q[next_state, next_action]
    td_error = target - Q[state, action]
    Q[state, action] = Q[state, action] + alpha * td_error
    return float(td_error)
