# target: ch08_returns
# kind: alternative
# why: per-episode Python loop that reads the episode length from the mask and accumulates a list backwards; normalisation with explicit sums
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if gamma < 0 or gamma > 1 or gamma != gamma:
        raise ValueError("gamma must lie in [0, 1], got gamma=" + repr(gamma))
    rewards = np.array(rewards, dtype=np.float64, copy=True)
    mask = np.array(mask).astype(np.int64)
    episodes, T = rewards.shape
    out = np.zeros((episodes, T))
    for e in range(episodes):
        length = int(mask[e].sum())
        g = 0.0
        backwards = []
        for t in reversed(range(length)):
            g = rewards[e, t] + gamma * g
            backwards.append(g)
        out[e, :length] = backwards[::-1]
    if normalize:
        chosen = mask == 1
        n = chosen.sum()
        mu = out[chosen].sum() / n
        sigma = np.sqrt(((out[chosen] - mu) ** 2).sum() / n)
        out[chosen] = (out[chosen] - mu) / (sigma + 1e-8)
    return out.astype(np.float64)
