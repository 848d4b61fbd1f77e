# target: ch03_weight_decay
# kind: mutant
# why: uses the paper's m_hat / (sqrt(v_hat) + eps) instead of Keras's form, so epsilon is effectively sqrt(1-beta_2^t) times too large; breaks 3.8b for large epsilon or small gradients
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t must be >= 1")
    w = np.array(w, dtype=np.float64)
    g = np.array(g, dtype=np.float64) + l2 * w
    m = beta_1 * np.array(m, dtype=np.float64) + (1 - beta_1) * g
    v = beta_2 * np.array(v, dtype=np.float64) + (1 - beta_2) * g * g
    b1, b2 = (
        float(np.float32(beta_1)),
        float(np.float32(beta_2)),
    )  # Keras keeps the betas in float32
    m_hat = m / (1 - b1**t)
    v_hat = v / (1 - b2**t)
    w_new = w - lr * weight_decay * w - lr * m_hat / (np.sqrt(v_hat) + epsilon)
    return np.array(w_new), np.array(m), np.array(v)
