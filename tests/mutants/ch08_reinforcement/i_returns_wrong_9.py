# target: ch08_returns
# kind: mutant
# why: result takes the dtype of rewards (zeros_like), so integer rewards give a truncated int64 array and float32 rewards a float32 one (8.4a)
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if not (0 <= gamma <= 1):
        raise ValueError(f"Expected gamma in [0, 1]. Received: gamma={gamma}")
    valid = np.asarray(mask).astype(bool)
    r = np.where(valid, np.asarray(rewards), 0)
    episodes, T = r.shape
    G = np.zeros_like(r)
    running = np.zeros(episodes, dtype=np.float64)
    for t in range(T - 1, -1, -1):
        running = np.where(valid[:, t], r[:, t] + gamma * running, 0.0)
        G[:, t] = running
    if normalize:
        values = G[valid]
        G = np.where(valid, (G - values.mean()) / (values.std() + 1e-8), 0.0)
    return G
