# target: ch03_optimizers
# kind: mutant
# why: moves with the old velocity, then updates it
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return np.asarray(w, dtype=np.float64) - lr * np.asarray(g, dtype=np.float64)


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    w = np.asarray(w, dtype=np.float64) + velocity
    velocity = momentum * np.asarray(velocity, dtype=np.float64) - lr * np.asarray(g, dtype=np.float64)
    return w, velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    g = np.asarray(g, dtype=np.float64)
    m = beta_1 * np.asarray(m, dtype=np.float64) + (1.0 - beta_1) * g
    v = beta_2 * np.asarray(v, dtype=np.float64) + (1.0 - beta_2) * g * g
    alpha = lr * np.sqrt(1.0 - beta_2 ** t) / (1.0 - beta_1 ** t)
    return np.asarray(w, dtype=np.float64) - alpha * m / (np.sqrt(v) + epsilon), m, v
