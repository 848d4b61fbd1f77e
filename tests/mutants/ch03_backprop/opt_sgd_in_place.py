# target: ch03_optimizers
# kind: mutant
# why: updates the caller's array in place with -=
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    w = np.asarray(w, dtype=np.float64)
    w -= lr * np.asarray(g, dtype=np.float64)
    return w


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    velocity = momentum * np.asarray(velocity, dtype=np.float64) - lr * np.asarray(g, dtype=np.float64)
    return np.asarray(w, dtype=np.float64) + velocity, velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    g = np.asarray(g, dtype=np.float64)
    m = beta_1 * np.asarray(m, dtype=np.float64) + (1.0 - beta_1) * g
    v = beta_2 * np.asarray(v, dtype=np.float64) + (1.0 - beta_2) * g * g
    alpha = lr * np.sqrt(1.0 - beta_2 ** t) / (1.0 - beta_1 ** t)
    return np.asarray(w, dtype=np.float64) - alpha * m / (np.sqrt(v) + epsilon), m, v
