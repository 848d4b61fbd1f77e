# target: ch06_attention
# kind: mutant
# why: breaks 6.1b: subtracts the global maximum instead of each row's, so rows far below the largest score underflow to 0/0 = nan
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    weights = np.exp(scores - np.max(scores))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
