# target: ch03_optimizers
# kind: alternative
# why: textbook momentum u <- mu u + g, w <- w - lr u, stored as velocity = -lr u; Adam with explicit corrected moments and Keras's epsilon
def sgd_step(w, g, lr):
    return np.subtract(w, np.multiply(lr, g), dtype=np.float64)


def momentum_step(w, g, velocity, lr, momentum=0.9):
    u = momentum * (-np.asarray(velocity, dtype=np.float64) / lr) + np.asarray(g, dtype=np.float64)
    new_w = np.asarray(w, dtype=np.float64) - lr * u
    return new_w, -lr * u


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    g = np.asarray(g, dtype=np.float64)
    m_new = beta_1 * m + (1 - beta_1) * g
    v_new = beta_2 * v + (1 - beta_2) * np.square(g)
    m_hat = m_new / (1 - beta_1 ** t)
    v_hat = v_new / (1 - beta_2 ** t)
    eps_hat = epsilon / np.sqrt(1 - beta_2 ** t)
    return np.asarray(w, dtype=np.float64) - lr * m_hat / (np.sqrt(v_hat) + eps_hat), m_new, v_new
