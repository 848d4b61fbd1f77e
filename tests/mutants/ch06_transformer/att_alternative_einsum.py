# target: ch06_attention
# kind: alternative
# why: einsum, a large negative fill and a log-sum-exp

def attention(q, k, v, mask=None):
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = np.einsum("...qd,...kd->...qk", q, k) * q.shape[-1] ** -0.5
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    top = np.max(scores, axis=-1, keepdims=True)
    log_norm = top + np.log(np.sum(np.exp(scores - top), axis=-1, keepdims=True))
    weights = np.exp(scores - log_norm)
    return np.einsum("...qk,...kd->...qd", weights, v), weights
