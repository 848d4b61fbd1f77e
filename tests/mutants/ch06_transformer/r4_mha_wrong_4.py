# target: ch06_multi_head
# kind: mutant
# why: breaks 6.4c: takes the head width as d_model // num_heads instead of the kernels' key_dim / value_dim, so layers with key_dim != d // h fail
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
    d_model = x_q.shape[-1]
    depth = d_model // num_heads
    q = x_q @ w_q.reshape(d_model, num_heads * depth) + b_q.reshape(num_heads * depth)
    k = x_kv @ w_k.reshape(x_kv.shape[-1], num_heads * depth) + b_k.reshape(num_heads * depth)
    v = x_kv @ w_v.reshape(x_kv.shape[-1], num_heads * depth) + b_v.reshape(num_heads * depth)
    out, weights = attention(split_heads(q, num_heads), split_heads(k, num_heads), split_heads(v, num_heads), mask)
    output = merge_heads(out) @ w_o.reshape(num_heads * depth, -1) + b_o
    return output, weights
