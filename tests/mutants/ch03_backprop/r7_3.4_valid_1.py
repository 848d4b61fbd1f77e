# target: ch03_optimizers
# kind: alternative
# why: valid: np.subtract/np.add on np.asarray copies, Keras's own moment update m + (g - m)(1 - beta_1), step counter converted with float(), np.float64 scalars; new arrays returned, inputs untouched
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return np.subtract(np.asarray(w, dtype=np.float64), np.float64(lr) * np.asarray(g, dtype=np.float64))


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    new_velocity = np.multiply(momentum, velocity) - np.multiply(lr, g)
    return np.add(w, new_velocity), new_velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    g = np.asarray(g, dtype=np.float64)
    step = float(t)
    m_new = m + (g - m) * (1.0 - beta_1)
    v_new = v + (np.square(g) - v) * (1.0 - beta_2)
    alpha_t = lr * np.sqrt(1.0 - np.power(beta_2, step)) / (1.0 - np.power(beta_1, step))
    w_new = w - alpha_t * m_new / (np.sqrt(v_new) + epsilon)
    return w_new, m_new, v_new
