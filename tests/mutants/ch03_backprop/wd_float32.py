# target: ch03_weight_decay
# kind: mutant
# why: keeps the input dtype (float32 inputs give float32 results)
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    if lr < 0 or weight_decay < 0 or l2 < 0 or t < 1:
        raise ValueError("bad hyperparameters")
    w = np.asarray(w)
    g = np.asarray(g) + l2 * w
    m = beta_1 * np.asarray(m) + (1.0 - beta_1) * g
    v = beta_2 * np.asarray(v) + (1.0 - beta_2) * g * g
    alpha = lr * np.sqrt(1.0 - beta_2**t) / (1.0 - beta_1**t)
    return w - lr * weight_decay * w - alpha * m / (np.sqrt(v) + epsilon), m, v
