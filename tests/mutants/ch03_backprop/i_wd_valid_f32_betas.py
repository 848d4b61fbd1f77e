# target: ch03_weight_decay
# kind: alternative
# why: helper functions for the checks and for Keras's bias-corrected rate (powers of float32-rounded betas, float64 moment updates); Keras's own m += (g - m)(1 - beta_1) algebra; all results float64
def check_args(lr, weight_decay, l2, t):
    bad = [n for n, x in [("lr", lr), ("weight_decay", weight_decay), ("l2", l2)] if x < 0]
    if bad:
        raise ValueError("negative " + ", ".join(bad))
    if int(t) < 1:
        raise ValueError("step number t must be at least 1")


def keras_alpha(lr, beta_1, beta_2, t):
    """alpha_t = lr * sqrt(1 - beta_2^t) / (1 - beta_1^t), with the betas as Keras stores them (float32)."""
    p1 = float(np.float32(beta_1)) ** float(t)
    p2 = float(np.float32(beta_2)) ** float(t)
    return lr * np.sqrt(1.0 - p2) / (1.0 - p1)


def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    """Step number t (from 1) of Adam in Keras's form with an L2 penalty and decoupled weight decay; returns (w, m, v)."""
    check_args(lr, weight_decay, l2, t)
    w0 = np.array(w, dtype="float64")
    gt = np.array(g, dtype="float64") + l2 * w0
    m1 = np.array(m, dtype="float64")
    v1 = np.array(v, dtype="float64")
    m1 = m1 + (gt - m1) * (1 - beta_1)
    v1 = v1 + (gt**2 - v1) * (1 - beta_2)
    decay = lr * weight_decay * w0
    adam = keras_alpha(lr, beta_1, beta_2, t) * m1 / (np.sqrt(v1) + epsilon)
    w1 = w0 - decay - adam
    return (
        np.array(w1, dtype="float64"),
        np.array(m1, dtype="float64"),
        np.array(v1, dtype="float64"),
    )
