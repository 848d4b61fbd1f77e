# target: ch06_attention
# kind: alternative
# why: valid: flattens the leading dims and loops over the batch with 2-D matrix products, mask broadcast to full shape first
def attention(q, k, v, mask=None):
    """Scaled dot-product attention; returns (output, weights)."""
    q = np.asarray(q).astype(np.float64)
    k = np.asarray(k).astype(np.float64)
    v = np.asarray(v).astype(np.float64)
    lead = q.shape[:-2]
    t_q, d_k = q.shape[-2], q.shape[-1]
    t_k, d_v = k.shape[-2], v.shape[-1]
    if mask is None:
        full_mask = np.ones(lead + (t_q, t_k), dtype=bool)
    else:
        full_mask = np.broadcast_to(np.asarray(mask, dtype=bool), lead + (t_q, t_k))
    qs = q.reshape(-1, t_q, d_k)
    ks = k.reshape(-1, t_k, d_k)
    vs = v.reshape(-1, t_k, d_v)
    ms = full_mask.reshape(-1, t_q, t_k)
    outs = []
    all_weights = []
    for n in range(qs.shape[0]):
        s = qs[n] @ ks[n].T / np.sqrt(d_k)
        s = s.copy()
        s[~ms[n]] = -np.inf
        s = s - s.max(axis=1, keepdims=True)
        w = np.exp(s)
        w = w / w.sum(axis=1, keepdims=True)
        all_weights.append(w)
        outs.append(w @ vs[n])
    weights = np.array(all_weights).reshape(lead + (t_q, t_k))
    output = np.array(outs).reshape(lead + (t_q, d_v))
    return output, weights
