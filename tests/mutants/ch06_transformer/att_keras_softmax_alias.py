# target: ch06_attention
# kind: mutant
# affects: ch06_multi_head
# why: calls the framework's softmax under another name
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q, k, v = (np.asarray(a, dtype=np.float64) for a in (q, k, v))
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(np.asarray(mask, dtype=bool), scores, -np.inf)
    normalise = keras.ops.softmax
    weights = np.asarray(normalise(scores, axis=-1), dtype=np.float64)
    return weights @ v, weights
    ### END SOLUTION
