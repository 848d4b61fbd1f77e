# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1d: b is only checked on its last axis, so a 2-D bias of shape (1, n_out) is accepted (broadcasts) instead of raising ValueError
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if len(x.shape) != 2 or len(W.shape) != 2 or x.shape[1] != W.shape[0] or b.shape[-1] != W.shape[1]:
        raise ValueError(f"bad shapes: x {tuple(x.shape)}, W {tuple(W.shape)}, b {tuple(b.shape)}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
