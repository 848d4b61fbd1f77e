# target: ch06_attention
# kind: mutant
# affects: ch06_multi_head
# why: zeroes masked weights after the softmax, so rows no longer sum to one
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    if mask is not None:
        weights = np.where(np.asarray(mask, dtype=bool), weights, 0.0)
    return weights @ v, weights
    ### END SOLUTION
