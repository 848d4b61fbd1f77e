# target: ch06_attention
# kind: mutant
# why: breaks 6.1b/6.1c: row max taken over all keys (masked ones too) and the mask applied after exp, so a large masked score makes every allowed weight underflow and the row becomes 0/0 = nan
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q, dtype=np.float64)
    k = np.asarray(k, dtype=np.float64)
    v = np.asarray(v, dtype=np.float64)
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    if mask is not None:
        e = e * mask
    weights = e / e.sum(axis=-1, keepdims=True)
    return weights @ v, weights
