# target: ch06_attention
# kind: mutant
# affects: ch06_multi_head
# why: breaks 6.1b: scales by sqrt(q.shape[1]), which is d_k only for 2-D inputs; with a batch axis it is sqrt(T_q)
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    d_k = q.shape[1]
    scores = np.einsum("...qd,...kd->...qk", q, k) / np.sqrt(d_k)
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    scores = scores - np.max(scores, axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights = weights / np.sum(weights, axis=-1, keepdims=True)
    return np.einsum("...qk,...kd->...qd", weights, v), weights
