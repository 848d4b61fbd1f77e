# target: ch06_attention
# kind: mutant
# why: breaks 6.1c: adds log(mask + 1e-12) to the scores, so masked keys keep a tiny non-zero weight (about 1e-12) instead of exactly zero
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = scores + np.log(np.asarray(mask, dtype=np.float64) + 1e-12)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
