# target: ch06_multi_head
# kind: mutant
# why: breaks 6.4a/6.4b: split_heads reshapes straight to (batch, h, T, k) without moving the head axis (time steps and heads get mixed), merge_heads is the same wrong reshape back; multi_head_attention itself uses einsum so it still matches Keras
def split_heads(x, num_heads):
    """(batch, T, d) -> (batch, num_heads, T, d // num_heads)."""
    x = np.asarray(x, dtype=np.float64)
    batch, length, d = x.shape
    if d % num_heads != 0:
        raise ValueError("d must be divisible by num_heads")
    return x.reshape(batch, num_heads, length, d // num_heads)


def merge_heads(x):
    """(batch, h, T, k) -> (batch, T, h * k)."""
    x = np.asarray(x, dtype=np.float64)
    batch, heads, length, width = x.shape
    return x.reshape(batch, length, heads * width)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    """Multi-head attention with the weights of keras.layers.MultiHeadAttention; returns (output, weights)."""
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = (np.asarray(p, dtype=np.float64) for p in params)
    x_q = np.asarray(x_q, dtype=np.float64)
    x_kv = np.asarray(x_kv, dtype=np.float64)
    q = np.einsum("btd,dhk->bhtk", x_q, w_q) + b_q[None, :, None, :]
    k = np.einsum("bsd,dhk->bhsk", x_kv, w_k) + b_k[None, :, None, :]
    v = np.einsum("bsd,dhk->bhsk", x_kv, w_v) + b_v[None, :, None, :]
    out, weights = attention(q, k, v, mask)
    output = np.einsum("bhtk,hko->bto", out, w_o) + b_o
    return output, weights
