# target: ch03_optimizers
# kind: mutant
# why: breaks 3.4b: momentum_step ignores its momentum argument and always uses 0.9 (the only value the visible test and the Rosenbrock demo pass), so SGD(momentum=0.5) or 0.99 is not reproduced
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return w - lr * g


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    velocity = 0.9 * velocity - lr * g
    return w + velocity, velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    m = beta_1 * m + (1 - beta_1) * g
    v = beta_2 * v + (1 - beta_2) * g * g
    alpha = lr * np.sqrt(1 - beta_2 ** t) / (1 - beta_1 ** t)
    return w - alpha * m / (np.sqrt(v) + epsilon), m, v
