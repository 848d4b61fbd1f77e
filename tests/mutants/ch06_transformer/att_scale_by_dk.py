# target: ch06_attention
# kind: mutant
# affects: ch06_multi_head
# why: divides the scores by d_k instead of its square root
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / q.shape[-1]
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
    ### END SOLUTION
