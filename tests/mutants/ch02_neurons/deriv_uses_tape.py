# target: ch02_derivatives
# kind: mutant
# why: asks GradientTape for the sigmoid's derivative instead of using the formula
def d_sigmoid(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    with tf.GradientTape() as tape:
        tape.watch(x)
        y = sigmoid(x)
    return tape.gradient(y, x)


def d_tanh(x):
    t = tanh(x)
    return 1.0 - t * t


def d_relu(x):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.cast(x > 0, tf.float32)


def d_leaky_relu(x, alpha=0.2):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    return tf.where(x > 0, tf.ones_like(x), alpha * tf.ones_like(x))
