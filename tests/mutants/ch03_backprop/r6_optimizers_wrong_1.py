# target: ch03_optimizers
# kind: mutant
# why: breaks 3.4c: the moment updates use the constants 0.9 / 0.1 and 0.999 / 0.001 while the bias correction uses beta_1 and beta_2, so adam_step reproduces Keras only with the default betas (e.g. beta_1=0.5 or beta_2=0.9 diverge from keras.optimizers.Adam)
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return w - lr * g


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    velocity = momentum * velocity - lr * g
    return w + velocity, velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    m = 0.9 * m + 0.1 * g
    v = 0.999 * v + 0.001 * g * g
    alpha = lr * np.sqrt(1 - beta_2 ** t) / (1 - beta_1 ** t)
    return w - alpha * m / (np.sqrt(v) + epsilon), m, v
