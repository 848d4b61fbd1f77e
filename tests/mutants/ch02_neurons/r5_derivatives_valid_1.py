# target: ch02_derivatives
# kind: alternative
# why: valid: reuses sigmoid/tanh from Task 2.2 (s(1-s), (1-t)(1+t)), ones_like/zeros_like masks, a shape print
def d_sigmoid(x):
    """Derivative of the sigmoid at x."""
    s = sigmoid(x)
    return s * (1.0 - s)


def d_tanh(x):
    """Derivative of tanh at x."""
    t = tanh(x)
    return (1.0 - t) * (1.0 + t)


def d_relu(x):
    """Derivative of ReLU at x (0 at x = 0)."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    print("d_relu input shape:", x.shape)
    return tf.where(x > 0, tf.ones_like(x), tf.zeros_like(x))


def d_leaky_relu(x, alpha=0.2):
    """Derivative of leaky ReLU at x: 1 for x > 0, alpha for x < 0."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    return tf.where(x > 0, tf.ones_like(x), alpha * tf.ones_like(x))
