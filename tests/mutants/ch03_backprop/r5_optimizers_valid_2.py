# target: ch03_optimizers
# kind: alternative
# why: valid: copies the inputs and then updates the copies in place, a helper for the step size, debug print of types
def sgd_step(w, g, lr):
    """One step of gradient descent."""
    new_w = np.array(w, dtype=np.float64, copy=True)
    new_w -= lr * np.asarray(g)
    return new_w


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    vel = np.array(velocity, dtype=np.float64, copy=True)
    vel *= momentum
    vel -= lr * np.asarray(g)
    new_w = np.array(w, dtype=np.float64, copy=True)
    new_w += vel
    return new_w, vel


def keras_adam_step_size(lr, beta_1, beta_2, t):
    return lr * (1.0 - beta_2 ** t) ** 0.5 / (1.0 - beta_1 ** t)


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    if t == 1:
        print("adam_step", t, type(w), np.shape(w))
    g = np.asarray(g, dtype=np.float64)
    m_out = np.array(m, dtype=np.float64, copy=True)
    v_out = np.array(v, dtype=np.float64, copy=True)
    m_out *= beta_1
    m_out += (1 - beta_1) * g
    v_out *= beta_2
    v_out += (1 - beta_2) * g * g
    w_out = np.array(w, dtype=np.float64, copy=True)
    w_out -= keras_adam_step_size(lr, beta_1, beta_2, t) * m_out / (np.sqrt(v_out) + epsilon)
    return w_out, m_out, v_out
