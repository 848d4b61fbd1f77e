# target: ch03_weight_decay
# kind: alternative
# why: uses the textbook m_hat / (sqrt(v_hat) + eps_hat) form but rescales epsilon to eps / sqrt(1 - beta_2^t), which is algebraically identical to Keras's form (corrections from float32-rounded betas, as Keras); shrink written as (1 - lr*wd) * w
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    """Step number t (from 1) of Adam in Keras's form with an L2 penalty and decoupled weight decay; returns (w, m, v)."""
    if min(lr, weight_decay, l2) < 0:
        raise ValueError("lr, weight_decay and l2 must be non-negative")
    if t < 1:
        raise ValueError("t must be >= 1")
    w = np.asarray(w, dtype=np.float64)
    g = np.asarray(g, dtype=np.float64) + l2 * w
    m = beta_1 * np.asarray(m, dtype=np.float64) + (1.0 - beta_1) * g
    v = beta_2 * np.asarray(v, dtype=np.float64) + (1.0 - beta_2) * np.square(g)

    beta_1_k, beta_2_k = np.array([beta_1, beta_2], dtype=np.float32).astype(np.float64)
    c1 = 1.0 - beta_1_k**t
    c2 = 1.0 - beta_2_k**t
    m_hat = m / c1
    v_hat = v / c2
    eps_hat = epsilon / np.sqrt(c2)  # Keras's eps, moved inside the bias-corrected form
    w_new = (1.0 - lr * weight_decay) * w - lr * m_hat / (np.sqrt(v_hat) + eps_hat)
    return (
        np.array(w_new, dtype=np.float64),
        np.array(m, dtype=np.float64),
        np.array(v, dtype=np.float64),
    )
