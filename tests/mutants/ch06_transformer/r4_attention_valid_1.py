# target: ch06_attention
# kind: alternative
# why: valid: einsum for both products, -inf masking before a hand-written max-shifted softmax, shape prints while debugging
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    print("attention shapes:", q.shape, k.shape, v.shape)
    d_k = q.shape[-1]
    scores = np.einsum("...qd,...kd->...qk", q, k) / np.sqrt(d_k)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)
        scores = np.where(mask, scores, -np.inf)
    row_max = np.max(scores, axis=-1, keepdims=True)
    e = np.exp(scores - row_max)
    weights = e / np.sum(e, axis=-1, keepdims=True)
    output = np.einsum("...qk,...kd->...qd", weights, v)
    return output, weights
