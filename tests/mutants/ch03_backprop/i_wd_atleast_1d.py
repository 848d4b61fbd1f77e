# target: ch03_weight_decay
# kind: alternative
# why: turns 0-d inputs into shape (1,); valid because 3.8a only admits arrays with at least one axis (written as a wrong answer, reclassified when the domain was stated)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t must be >= 1")
    w = np.atleast_1d(np.array(w, dtype=np.float64))
    g = np.atleast_1d(np.array(g, dtype=np.float64)) + l2 * w
    m = beta_1 * np.atleast_1d(np.array(m, dtype=np.float64)) + (1 - beta_1) * g
    v = beta_2 * np.atleast_1d(np.array(v, dtype=np.float64)) + (1 - beta_2) * g * g
    b1, b2 = (
        float(np.float32(beta_1)),
        float(np.float32(beta_2)),
    )  # Keras keeps the betas in float32
    alpha = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    w_new = w - lr * weight_decay * w - alpha * m / (np.sqrt(v) + epsilon)
    return w_new, m, v
