# target: ch06_multi_head
# kind: mutant
# why: breaks 6.4c: the mask is never passed on to attention, so masked keys still get weight
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
    q = np.einsum("btd,dhk->bthk", x_q, w_q) + b_q
    k = np.einsum("bsd,dhk->bshk", x_kv, w_k) + b_k
    v = np.einsum("bsd,dhk->bshk", x_kv, w_v) + b_v
    b, t_q, t_k = x_q.shape[0], x_q.shape[1], x_kv.shape[1]
    qh = split_heads(q.reshape(b, t_q, -1), num_heads)
    kh = split_heads(k.reshape(b, t_k, -1), num_heads)
    vh = split_heads(v.reshape(b, t_k, -1), num_heads)
    out, weights = attention(qh, kh, vh)
    output = np.einsum("bhtv,hvo->bto", out, w_o) + b_o
    return output, weights
