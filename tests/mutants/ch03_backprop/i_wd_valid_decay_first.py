# target: ch03_weight_decay
# kind: alternative
# why: shrinks the weights first (as Keras's AdamW does) then takes Adam's step, with the penalty computed from the weights before the shrink; bias corrections use float32-rounded betas like Keras; Keras-style m += (g - m)(1 - beta_1) updates on copies
DEBUG = False


def to_float64(x):
    # copy=True so nothing the caller passed in is ever touched
    return np.array(x, dtype=np.float64, copy=True)


def adamw_step(
    w, g, m, v, t, lr=0.001, weight_decay=0.004, l2=0.0, beta_1=0.9, beta_2=0.999, epsilon=1e-7
):
    """Step number t (from 1) of Adam in Keras's form with an L2 penalty and decoupled weight decay; returns (w, m, v)."""
    for name, value in (("lr", lr), ("weight_decay", weight_decay), ("l2", l2)):
        if value < 0:
            raise ValueError(f"{name} must not be negative, got {value}")
    if t < 1:
        raise ValueError(f"t starts at 1, got {t}")

    w_old = to_float64(w)
    grad = to_float64(g) + l2 * w_old  # penalty uses w before the step

    w_new = w_old.copy()
    w_new -= lr * weight_decay * w_old  # decoupled decay first, like keras AdamW

    m_new = to_float64(m)
    v_new = to_float64(v)
    m_new += (grad - m_new) * (1 - beta_1)
    v_new += (grad * grad - v_new) * (1 - beta_2)

    step = float(t)
    b1_power = np.power(np.float64(np.float32(beta_1)), step)  # keras: beta in float32
    b2_power = np.power(np.float64(np.float32(beta_2)), step)
    alpha = lr * (1 - b2_power) ** 0.5 / (1 - b1_power)
    w_new -= alpha * m_new / (np.sqrt(v_new) + epsilon)
    if DEBUG:
        print("t", t, "alpha", alpha, "max |dw|", np.max(np.abs(w_new - w_old)))
    return w_new, m_new, v_new
