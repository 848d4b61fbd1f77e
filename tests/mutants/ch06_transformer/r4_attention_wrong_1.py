# target: ch06_attention
# kind: mutant
# why: breaks 6.1a: never casts to float64, so float32 inputs give float32 output and weights
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    d_k = q.shape[-1]
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / d_k ** 0.5
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / weights.sum(axis=-1, keepdims=True)
    return weights @ v, weights
