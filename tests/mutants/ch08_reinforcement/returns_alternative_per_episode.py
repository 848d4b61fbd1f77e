# target: ch08_returns
# kind: alternative
# why: loops over episodes and their lengths, with a debug print
def reward_to_go(rewards, mask, gamma, normalize=False):
    if not (0 <= gamma <= 1):
        raise ValueError("gamma out of range: " + str(gamma))
    rewards = np.asarray(rewards, dtype=float)
    mask = np.asarray(mask)
    print("batch", rewards.shape, type(mask))
    out = np.zeros(rewards.shape)
    for b in range(rewards.shape[0]):
        length = int(np.sum(mask[b] > 0))
        g = 0.0
        for t in range(length - 1, -1, -1):
            g = rewards[b, t] + gamma * g
            out[b, t] = g
    if normalize:
        valid = np.asarray(mask) > 0
        mu, sigma = out[valid].mean(), out[valid].std()
        out[valid] = (out[valid] - mu) / (sigma + 1e-8)
    return out
