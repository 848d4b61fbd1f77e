# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1a: tf.squeeze on the result drops size-1 axes, so a batch of 1 or n_out = 1 does not give shape (batch, n_out)
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if x.shape.rank != 2 or W.shape.rank != 2 or b.shape.rank != 1 \
            or x.shape[1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"bad shapes: x {x.shape}, W {W.shape}, b {b.shape}")
    z = tf.squeeze(tf.matmul(x, W) + b)
    return z if activation is None else activation(z)
