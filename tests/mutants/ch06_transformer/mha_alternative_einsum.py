# target: ch06_multi_head
# kind: alternative
# why: einsum with the 3-D kernels; split by slicing

def split_heads(x, num_heads):
    x = np.asarray(x, dtype=np.float64)
    if x.shape[-1] % num_heads != 0:
        raise ValueError("the width must be a multiple of num_heads")
    size = x.shape[-1] // num_heads
    return np.stack([x[..., j * size:(j + 1) * size] for j in range(num_heads)], axis=1)


def merge_heads(x):
    x = np.asarray(x, dtype=np.float64)
    return np.concatenate([x[:, j] for j in range(x.shape[1])], axis=-1)


def multi_head_attention(x_q, x_kv, params, num_heads, mask=None):
    w_q, b_q, w_k, b_k, w_v, b_v, w_o, b_o = (np.asarray(p, dtype=np.float64) for p in params)
    q = np.einsum("btd,dhk->bhtk", x_q, w_q) + b_q[:, None, :]
    k = np.einsum("btd,dhk->bhtk", x_kv, w_k) + b_k[:, None, :]
    v = np.einsum("btd,dhk->bhtk", x_kv, w_v) + b_v[:, None, :]
    heads, weights = attention(q, k, v, mask)
    return np.einsum("bhtk,hkd->btd", heads, w_o) + b_o, weights
