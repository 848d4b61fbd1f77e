# target: ch08_returns
# kind: mutant
# why: normalises the whole array with the valid entries' mean and std and does not reset the padding to 0 (8.4c)
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if not (0 <= gamma <= 1):
        raise ValueError(f"Expected gamma in [0, 1]. Received: gamma={gamma}")
    valid = np.asarray(mask).astype(bool)
    r = np.where(valid, np.asarray(rewards, dtype=np.float64), 0.0)
    episodes, T = r.shape
    G = np.zeros((episodes, T), dtype=np.float64)
    running = np.zeros(episodes, dtype=np.float64)
    for t in range(T - 1, -1, -1):
        running = np.where(valid[:, t], r[:, t] + gamma * running, 0.0)
        G[:, t] = running
    if normalize:
        values = G[valid]
        G = (G - values.mean()) / (values.std() + 1e-8)
    return G
