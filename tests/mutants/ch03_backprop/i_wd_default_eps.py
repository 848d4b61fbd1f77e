# target: ch03_weight_decay
# kind: mutant
# why: default epsilon=1e-8 (the Adam paper's / PyTorch's) instead of Keras's 1e-7; 3.8b says the defaults are Keras's (shows with small gradients)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-8
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
    alpha = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    w_new = w - lr * weight_decay * w - alpha * m / (np.sqrt(v) + epsilon)
    return np.array(w_new), np.array(m), np.array(v)
