# target: ch08_returns
# kind: alternative
# why: discount-matrix formulation G = R_masked @ D.T with D[t, k] = gamma**(k - t) for k >= t (no division by gamma**t); boolean-indexed normalisation with np.mean/np.std
def reward_to_go(rewards, mask, gamma, normalize=False):
    """Discounted return from every step of every episode of a padded batch."""
    if not 0.0 <= float(gamma) <= 1.0:
        raise ValueError(f"gamma must be between 0 and 1; received gamma={gamma!r}")
    keep = np.asarray(mask) != 0
    clean = np.where(keep, np.asarray(rewards, dtype=np.float64), 0.0)
    T = clean.shape[1]
    steps = np.arange(T)
    lag = steps[None, :] - steps[:, None]          # k - t
    discount = np.where(lag >= 0, float(gamma) ** np.maximum(lag, 0), 0.0)
    G = np.where(keep, clean @ discount.T, 0.0).astype(np.float64)
    if normalize:
        mu, sigma = np.mean(G[keep]), np.std(G[keep])
        G[keep] = (G[keep] - mu) / (sigma + 1e-8)
    return G
