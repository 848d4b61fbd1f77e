# target: ch06_multi_head
# kind: mutant
# why: forgets the output projection's bias
def split_heads(x, num_heads):
    """(batch, T, d) -> (batch, num_heads, T, d // num_heads)."""
    x = np.asarray(x, dtype=np.float64)
    batch, length, width = x.shape
    if width % num_heads:
        raise ValueError(f"width {width} is not divisible by {num_heads} heads")
    return x.reshape(batch, length, num_heads, width // num_heads).transpose(0, 2, 1, 3)


def merge_heads(x):
    """(batch, h, T, k) -> (batch, T, h * k)."""
    x = np.asarray(x, dtype=np.float64)
    batch, heads, length, width = x.shape
    return x.transpose(0, 2, 1, 3).reshape(batch, length, heads * width)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    """Multi-head attention with the weights of keras.layers.MultiHeadAttention; returns (output, weights)."""
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = (np.asarray(p, dtype=np.float64) for p in params)
    x_q, x_kv = np.asarray(x_q, dtype=np.float64), np.asarray(x_kv, dtype=np.float64)

    def project(x, kernel, bias):
        return split_heads(x @ kernel.reshape(kernel.shape[0], -1) + bias.reshape(-1), num_heads)

    q, k, v = project(x_q, w_q, b_q), project(x_kv, w_k, b_k), project(x_kv, w_v, b_v)
    heads, weights = attention(q, k, v, mask)
    output = merge_heads(heads) @ w_o.reshape(-1, w_o.shape[-1])
    return output, weights
    ### END SOLUTION
