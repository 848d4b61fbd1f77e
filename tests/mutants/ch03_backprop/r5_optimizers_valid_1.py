# target: ch03_optimizers
# kind: alternative
# why: valid: converts to float arrays first, moments written as m + (g - m)(1 - beta) like Keras's source, alpha_t from explicit powers
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    w = np.asarray(w, dtype=float)
    g = np.asarray(g, dtype=float)
    new_w = w - lr * g
    return new_w


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    w = np.asarray(w, dtype=float)
    new_velocity = momentum * np.asarray(velocity, dtype=float) - lr * np.asarray(g, dtype=float)
    new_w = w + new_velocity
    return new_w, new_velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    g = np.asarray(g, dtype=float)
    m_new = m + (g - m) * (1 - beta_1)
    v_new = v + (np.square(g) - v) * (1 - beta_2)
    beta_1_power = np.power(beta_1, t)
    beta_2_power = np.power(beta_2, t)
    alpha = lr * np.sqrt(1 - beta_2_power) / (1 - beta_1_power)
    w_new = w - alpha * m_new / (np.sqrt(v_new) + epsilon)
    return w_new, m_new, v_new
