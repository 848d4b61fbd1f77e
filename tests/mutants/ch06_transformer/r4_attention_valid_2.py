# target: ch06_attention
# kind: alternative
# why: valid: helper masked_softmax (max over allowed keys only), -1e9 fill then exact zeroing and renormalising, matmul with swapaxes
def masked_softmax(z, allowed=None):
    """Softmax over the last axis; entries where allowed is False get exactly 0."""
    if allowed is None:
        top = z.max(axis=-1, keepdims=True)
        ez = np.exp(z - top)
    else:
        filled = np.where(allowed, z, -1e9)
        top = np.where(allowed, z, -np.inf).max(axis=-1, keepdims=True)
        ez = np.exp(filled - top)
        ez = np.where(allowed, ez, 0.0)
    return ez / ez.sum(axis=-1, keepdims=True)


def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.array(q, dtype="float64")
    k = np.array(k, dtype="float64")
    v = np.array(v, dtype="float64")
    scale = 1.0 / np.sqrt(k.shape[-1])
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) * scale
    if mask is not None:
        allowed = np.broadcast_to(np.asarray(mask, dtype=bool), scores.shape)
    else:
        allowed = None
    weights = masked_softmax(scores, allowed)
    out = np.matmul(weights, v)
    return out, weights
