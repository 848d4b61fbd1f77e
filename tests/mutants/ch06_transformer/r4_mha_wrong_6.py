# target: ch06_multi_head
# kind: mutant
# why: breaks 6.4c: adds another head axis to the mask (mask[:, None]) although it already broadcasts to (batch, h, T_q, T_k), so masked calls give wrongly shaped weights / fail
def split_heads(x, num_heads):
    """(batch, T, d) -> (batch, num_heads, T, d // num_heads)."""
    x = np.asarray(x, dtype=np.float64)
    batch, length, d = x.shape
    if d % num_heads != 0:
        raise ValueError("d must be divisible by num_heads")
    return x.reshape(batch, length, num_heads, d // num_heads).transpose(0, 2, 1, 3)


def merge_heads(x):
    """(batch, h, T, k) -> (batch, T, h * k)."""
    x = np.asarray(x, dtype=np.float64)
    batch, heads, length, width = x.shape
    return x.transpose(0, 2, 1, 3).reshape(batch, length, heads * width)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    """Multi-head attention with the weights of keras.layers.MultiHeadAttention; returns (output, weights)."""
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = (np.asarray(p, dtype=np.float64) for p in params)
    x_q = np.asarray(x_q, dtype=np.float64)
    x_kv = np.asarray(x_kv, dtype=np.float64)
    q = x_q @ w_q.reshape(w_q.shape[0], -1) + b_q.reshape(-1)
    k = x_kv @ w_k.reshape(w_k.shape[0], -1) + b_k.reshape(-1)
    v = x_kv @ w_v.reshape(w_v.shape[0], -1) + b_v.reshape(-1)
    if mask is not None:
        mask = np.asarray(mask, dtype=bool)[:, np.newaxis]
    out, weights = attention(split_heads(q, num_heads), split_heads(k, num_heads), split_heads(v, num_heads), mask)
    return merge_heads(out) @ w_o.reshape(-1, w_o.shape[-1]) + b_o, weights
