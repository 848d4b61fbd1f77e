# target: ch08_returns
# kind: mutant
# why: discounts every reward from the start of the episode, not from step t
def reward_to_go(rewards, mask, gamma, normalize=False):
    if gamma < 0 or gamma > 1:
        raise ValueError(f"gamma must be in [0, 1], got {gamma}")
    r = np.array(rewards, dtype=np.float64)
    m = np.array(mask, dtype=bool)
    r[~m] = 0.0
    G = np.zeros_like(r)
    acc = np.zeros(r.shape[0])
    discounted = r * gamma ** np.arange(r.shape[1])
    G = np.cumsum(discounted[:, ::-1], axis=1)[:, ::-1].copy()
    G[~m] = 0.0
    if normalize:
        G[m] = (G[m] - G[m].mean()) / (G[m].std() + 1e-8)
    return G
