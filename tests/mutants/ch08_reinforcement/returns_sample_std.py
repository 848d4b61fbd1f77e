# target: ch08_returns
# kind: mutant
# why: normalises with the sample standard deviation (ddof=1)
def reward_to_go(rewards, mask, gamma, normalize=False):
    if gamma < 0 or gamma > 1:
        raise ValueError(f"gamma must be in [0, 1], got {gamma}")
    r = np.array(rewards, dtype=np.float64)
    m = np.array(mask, dtype=bool)
    r[~m] = 0.0
    G = np.zeros_like(r)
    acc = np.zeros(r.shape[0])
    for t in reversed(range(r.shape[1])):
        acc = r[:, t] + gamma * acc
        G[:, t] = acc
    G[~m] = 0.0
    if normalize:
        G[m] = (G[m] - G[m].mean()) / (G[m].std(ddof=1) + 1e-8)
    return G
