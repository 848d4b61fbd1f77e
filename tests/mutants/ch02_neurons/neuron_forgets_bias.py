# target: ch02_neuron_forward
# kind: mutant
# why: validates shapes but never adds the bias
def neuron_forward(x, W, b, activation=None):
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    W = tf.convert_to_tensor(W, dtype=tf.float32)
    b = tf.convert_to_tensor(b, dtype=tf.float32)
    if x.shape.rank != 2 or W.shape.rank != 2 or W.shape[0] != x.shape[1]:
        raise ValueError(f"bad shapes {x.shape} {W.shape}")
    if b.shape.rank != 1 or b.shape[0] != W.shape[1]:
        raise ValueError(f"bad bias {b.shape}")
    z = tf.matmul(x, W)
    return z if activation is None else activation(z)
