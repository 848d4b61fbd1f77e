# target: ch03_weight_decay
# kind: alternative
# why: direct transcription of the Section 8 formula in Keras's form (bias-correction powers of the float32-rounded betas, as Keras computes them), float64 copies, explicit checks for every ValueError case
def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    """Step number t (from 1) of Adam in Keras's form with an L2 penalty and decoupled weight decay; returns (w, m, v)."""
    if lr < 0:
        raise ValueError("lr must be >= 0")
    if weight_decay < 0:
        raise ValueError("weight_decay must be >= 0")
    if l2 < 0:
        raise ValueError("l2 must be >= 0")
    if t < 1:
        raise ValueError("t is the step number and starts at 1")

    w = np.array(w, dtype=np.float64)
    g = np.array(g, dtype=np.float64)
    m = np.array(m, dtype=np.float64)
    v = np.array(v, dtype=np.float64)

    g_tilde = g + l2 * w
    m_new = beta_1 * m + (1 - beta_1) * g_tilde
    v_new = beta_2 * v + (1 - beta_2) * g_tilde * g_tilde
    # Keras keeps beta_1 and beta_2 in float32: round them before taking the powers
    b1 = float(np.float32(beta_1))
    b2 = float(np.float32(beta_2))
    alpha_t = lr * np.sqrt(1 - b2**t) / (1 - b1**t)
    w_new = w - lr * weight_decay * w - alpha_t * m_new / (np.sqrt(v_new) + epsilon)

    # np.array(...) so that 0-d inputs still give arrays, not NumPy scalars
    return (
        np.array(w_new, dtype=np.float64),
        np.array(m_new, dtype=np.float64),
        np.array(v_new, dtype=np.float64),
    )
