# target: ch03_optimizers
# kind: mutant
# why: breaks 3.4c: the bias correction folded into the learning rate uses the default betas 0.9/0.999 instead of beta_1/beta_2, so only default settings reproduce keras.optimizers.Adam
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return w - lr * g


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    velocity = momentum * velocity - lr * g
    return w + velocity, velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    m = beta_1 * m + (1 - beta_1) * g
    v = beta_2 * v + (1 - beta_2) * g * g
    alpha = lr * np.sqrt(1 - 0.999 ** t) / (1 - 0.9 ** t)   # bias correction
    return w - alpha * m / (np.sqrt(v) + epsilon), m, v
