# target: ch06_attention
# kind: mutant
# affects: ch06_multi_head
# why: breaks 6.1c: boolean indexing scores[~mask] only works when the mask already has the full (..., T_q, T_k) shape, not a broadcastable one
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores[~np.asarray(mask, dtype=bool)] = -np.inf
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
