# target: ch08_td
# kind: alternative
# why: explicit branches, row indexing Q[s][a] and a greedy helper
def greedy(row):
    best = 0
    for i in range(1, len(row)):
        if row[i] > row[best]:
            best = i
    return best


def epsilon_greedy_action(Q, state, epsilon, rng):
    coin = rng.random()
    if coin < epsilon:
        choice = rng.integers(len(Q[state]))
        return int(choice)
    return greedy(Q[state])


def q_learning_update(Q, state, action, reward, next_state, terminated, alpha, gamma):
    old = Q[state][action]
    if terminated:
        target = reward
    else:
        target = reward + gamma * max(Q[next_state])
    Q[state][action] = old + alpha * (target - old)
    return float(target - old)


def sarsa_update(Q, state, action, reward, next_state, next_action, terminated, alpha, gamma):
    old = Q[state][action]
    target = reward + (0 if terminated else gamma * Q[next_state][next_action])
    Q[state][action] += alpha * (target - old)
    return float(target - old)
