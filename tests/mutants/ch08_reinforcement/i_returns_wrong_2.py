# target: ch08_returns
# kind: mutant
# why: vectorised as reversed cumsum of gamma**k * r divided by gamma**t: numerically unstable, NaN for gamma = 0 and overflow/underflow on long episodes (8.4b)
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if not (0 <= gamma <= 1):
        raise ValueError(f"Expected gamma in [0, 1]. Received: gamma={gamma}")
    valid = np.asarray(mask).astype(bool)
    r = np.where(valid, np.asarray(rewards, dtype=np.float64), 0.0)
    episodes, T = r.shape
    powers = float(gamma) ** np.arange(T, dtype=np.float64)
    discounted = r * powers
    G = np.cumsum(discounted[:, ::-1], axis=1)[:, ::-1] / powers
    G = np.where(valid, G, 0.0)
    if normalize:
        values = G[valid]
        G = np.where(valid, (G - values.mean()) / (values.std() + 1e-8), 0.0)
    return G
