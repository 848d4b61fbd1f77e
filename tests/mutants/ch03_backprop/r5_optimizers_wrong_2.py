# target: ch03_optimizers
# kind: mutant
# why: breaks 3.4c: textbook Adam, theta -= lr * m_hat / (sqrt(v_hat) + epsilon), instead of Keras's form; the effective epsilon differs by sqrt(1 - beta_2^t), so the steps drift from keras.optimizers.Adam (beyond rtol 1e-6 already at lr=0.01, and grossly for epsilon=1e-3 or 0.1)
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
    v = beta_2 * v + (1 - beta_2) * g ** 2
    m_hat = m / (1 - beta_1 ** t)
    v_hat = v / (1 - beta_2 ** t)
    w = w - lr * m_hat / (np.sqrt(v_hat) + epsilon)
    return w, m, v
