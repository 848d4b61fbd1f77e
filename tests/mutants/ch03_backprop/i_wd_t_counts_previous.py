# target: ch03_weight_decay
# kind: mutant
# why: treats t as the number of steps already taken and uses t + 1 in the bias corrections (3.8a: t is the number of this step, from 1)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0:
        raise ValueError("negative hyperparameter")
    if t < 1:
        raise ValueError("t must be >= 1")
    step = t + 1  # like keras: local_step = iterations + 1
    w = np.array(w, dtype=np.float64)
    g = np.array(g, dtype=np.float64) + l2 * w
    m = beta_1 * np.array(m, dtype=np.float64) + (1 - beta_1) * g
    v = beta_2 * np.array(v, dtype=np.float64) + (1 - beta_2) * g * g
    b1, b2 = (
        float(np.float32(beta_1)),
        float(np.float32(beta_2)),
    )  # Keras keeps the betas in float32
    alpha = lr * np.sqrt(1 - b2**step) / (1 - b1**step)
    w_new = w - lr * weight_decay * w - alpha * m / (np.sqrt(v) + epsilon)
    return np.array(w_new), np.array(m), np.array(v)
