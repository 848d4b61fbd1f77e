# target: ch03_optimizers
# kind: alternative
# why: valid: Keras's own update order (m += (g - m)(1 - beta_1), v += (g^2 - v)(1 - beta_2), alpha folded into the rate), explicit float64 arrays via np.asarray/np.subtract/np.add, a step counter accepted as any integer type, new arrays returned
def as_array(a):
    return np.asarray(a, dtype=np.float64)


def sgd_step(w, g, lr):
    """One step of gradient descent."""
    return np.subtract(as_array(w), lr * as_array(g))


def momentum_step(w, g, velocity, lr, momentum=0.9):
    """One step of SGD with momentum in Keras's form; returns (w, velocity)."""
    new_velocity = as_array(velocity) * momentum - as_array(g) * lr
    return np.add(as_array(w), new_velocity), new_velocity


def adam_step(w, g, m, v, t, lr=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-7):
    """Step number t (from 1) of Adam in Keras's form; returns (w, m, v)."""
    g = as_array(g)
    step = float(t)
    new_m = as_array(m) + (g - as_array(m)) * (1.0 - beta_1)
    new_v = as_array(v) + (np.square(g) - as_array(v)) * (1.0 - beta_2)
    alpha = lr * np.sqrt(1.0 - np.power(beta_2, step)) / (1.0 - np.power(beta_1, step))
    new_w = as_array(w) - alpha * new_m / (np.sqrt(new_v) + epsilon)
    return new_w, new_m, new_v
