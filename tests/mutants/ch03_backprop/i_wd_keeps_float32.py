# target: ch03_weight_decay
# kind: mutant
# why: converts with np.asarray(x) and keeps the input dtype, so float32 inputs give float32 results (3.8a asks for float64)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t must be >= 1")
    w, g, m, v = (
        np.asarray(x) if not isinstance(x, list) else np.asarray(x, dtype=np.float64)
        for x in (w, g, m, v)
    )
    g = g + l2 * w
    m_new = beta_1 * m + (1 - beta_1) * g
    v_new = beta_2 * v + (1 - beta_2) * g * g
    b1, b2 = (
        float(np.float32(beta_1)),
        float(np.float32(beta_2)),
    )  # Keras keeps the betas in float32
    alpha = lr * (1 - b2**t) ** 0.5 / (1 - b1**t)
    w_new = w - lr * weight_decay * w - alpha * m_new / (v_new**0.5 + epsilon)
    return np.array(w_new), np.array(m_new), np.array(v_new)
