# target: ch06_multi_head
# kind: alternative
# why: valid: reshape/transpose split and merge, kernels flattened to 2-D matrices for the projections, shape prints while debugging
def split_heads(x, num_heads):
    """(batch, T, d) -> (batch, num_heads, T, d // num_heads)."""
    x = np.asarray(x, dtype=np.float64)
    batch, length, d = x.shape
    if d % num_heads != 0:
        raise ValueError(f"width {d} is not divisible by {num_heads} heads")
    x = x.reshape(batch, length, num_heads, d // num_heads)
    return x.transpose(0, 2, 1, 3)


def merge_heads(x):
    """(batch, h, T, k) -> (batch, T, h * k)."""
    x = np.asarray(x, dtype=np.float64)
    batch, heads, length, width = x.shape
    return x.transpose(0, 2, 1, 3).reshape(batch, length, heads * width)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    """Multi-head attention with the weights of keras.layers.MultiHeadAttention; returns (output, weights)."""
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = [np.asarray(p, dtype=np.float64) for p in params]
    x_q = np.asarray(x_q, dtype=np.float64)
    x_kv = np.asarray(x_kv, dtype=np.float64)
    print("kernels:", w_q.shape, w_k.shape, w_v.shape, w_o.shape)
    q = x_q @ w_q.reshape(w_q.shape[0], -1) + b_q.reshape(-1)
    k = x_kv @ w_k.reshape(w_k.shape[0], -1) + b_k.reshape(-1)
    v = x_kv @ w_v.reshape(w_v.shape[0], -1) + b_v.reshape(-1)
    qh = split_heads(q, num_heads)
    kh = split_heads(k, num_heads)
    vh = split_heads(v, num_heads)
    print("heads:", qh.shape, kh.shape, vh.shape)
    out, weights = attention(qh, kh, vh, mask)
    merged = merge_heads(out)
    output = merged @ w_o.reshape(-1, w_o.shape[-1]) + b_o
    return output, weights
