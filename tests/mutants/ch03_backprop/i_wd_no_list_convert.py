# target: ch03_weight_decay
# kind: mutant
# why: never converts its arguments to arrays, so nested-list inputs fail (float * list raises TypeError; 3.8a allows nested lists)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t must be >= 1")
    g_tilde = g + l2 * w
    m_new = beta_1 * m + (1 - beta_1) * g_tilde
    v_new = beta_2 * v + (1 - beta_2) * g_tilde * g_tilde
    b1, b2 = (
        float(np.float32(beta_1)),
        float(np.float32(beta_2)),
    )  # Keras keeps the betas in float32
    alpha = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    w_new = w - lr * weight_decay * w - alpha * m_new / (np.sqrt(v_new) + epsilon)
    return w_new.astype(np.float64), m_new.astype(np.float64), v_new.astype(np.float64)
