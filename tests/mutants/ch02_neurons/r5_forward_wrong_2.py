# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1d: only b's last dimension is compared, so a 2-D bias such as shape (1, n_out) or (batch, n_out) is accepted without ValueError
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if x.shape.rank != 2 or W.shape.rank != 2:
        raise ValueError(f"x and W must be 2-D, got x {x.shape}, W {W.shape}, b {b.shape}")
    if x.shape[1] != W.shape[0] or b.shape[-1] != W.shape[1]:
        raise ValueError(f"shape mismatch: x {x.shape}, W {W.shape}, b {b.shape}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
