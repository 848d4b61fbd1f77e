# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1d: the rank of x is never checked; a 1-D x fails inside tf.matmul with InvalidArgumentError (not ValueError), a 3-D x is silently broadcast
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if W.shape.rank != 2 or b.shape.rank != 1:
        raise ValueError(f"W must be 2-D and b 1-D, got x {x.shape}, W {W.shape}, b {b.shape}")
    if x.shape[-1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"shape mismatch: x {x.shape}, W {W.shape}, b {b.shape}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
