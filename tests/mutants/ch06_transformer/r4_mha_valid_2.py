# target: ch06_multi_head
# kind: alternative
# why: valid: split with a list of column slices + np.stack, merge with np.concatenate, per-head attention calls in a loop (mask broadcast to the head axis first), einsum projections
def split_heads(x, num_heads):
    """(batch, T, d) -> (batch, num_heads, T, d // num_heads)."""
    x = np.asarray(x).astype(np.float64)
    d = x.shape[-1]
    if d % num_heads:
        raise ValueError("d must be divisible by num_heads")
    k = d // num_heads
    heads = [x[:, :, j * k:(j + 1) * k] for j in range(num_heads)]
    return np.stack(heads, axis=1)


def merge_heads(x):
    """(batch, h, T, k) -> (batch, T, h * k)."""
    x = np.asarray(x).astype(np.float64)
    return np.concatenate([x[:, j] for j in range(x.shape[1])], axis=-1)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    """Multi-head attention with the weights of keras.layers.MultiHeadAttention; returns (output, weights)."""
    params = [np.asarray(p).astype(np.float64) for p in params]
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = params
    x_q = np.asarray(x_q).astype(np.float64)
    x_kv = np.asarray(x_kv).astype(np.float64)
    batch, t_q = x_q.shape[0], x_q.shape[1]
    t_k = x_kv.shape[1]
    q = np.einsum("btd,dhk->bthk", x_q, w_q) + b_q
    k = np.einsum("bsd,dhk->bshk", x_kv, w_k) + b_k
    v = np.einsum("bsd,dhk->bshk", x_kv, w_v) + b_v
    qh = split_heads(q.reshape(batch, t_q, -1), num_heads)
    kh = split_heads(k.reshape(batch, t_k, -1), num_heads)
    vh = split_heads(v.reshape(batch, t_k, -1), num_heads)
    if mask is not None:
        full = np.broadcast_to(np.asarray(mask, dtype=bool), (batch, num_heads, t_q, t_k))
    outs, all_w = [], []
    for j in range(num_heads):
        head_mask = None if mask is None else full[:, j]
        o, w = attention(qh[:, j], kh[:, j], vh[:, j], head_mask)
        outs.append(o)
        all_w.append(w)
    merged = merge_heads(np.stack(outs, axis=1))
    output = np.einsum("btf,fo->bto", merged, w_o.reshape(-1, w_o.shape[-1])) + b_o
    return output, np.stack(all_w, axis=1)
