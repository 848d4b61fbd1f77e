# target: ch08_returns
# kind: mutant
# why: masks by multiplication (rewards * mask, G * mask), so NaN or inf rewards in the padding poison the valid returns (nan * 0 = nan) (8.4b)
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if not (0 <= gamma <= 1):
        raise ValueError(f"Expected gamma in [0, 1]. Received: gamma={gamma}")
    valid = np.asarray(mask).astype(bool)
    r = np.asarray(rewards, dtype=np.float64) * valid
    episodes, T = r.shape
    G = np.zeros((episodes, T), dtype=np.float64)
    running = np.zeros(episodes, dtype=np.float64)
    for t in range(T - 1, -1, -1):
        running = r[:, t] + gamma * running
        G[:, t] = running
    G = G * valid
    if normalize:
        values = G[valid]
        G = np.where(valid, (G - values.mean()) / (values.std() + 1e-8), 0.0)
    return G
