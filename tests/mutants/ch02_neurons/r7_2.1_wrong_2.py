# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1d: a 1-D x of shape (n_in,) is silently promoted to a batch of one instead of raising ValueError
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if len(x.shape) == 1:
        x = tf.reshape(x, (1, -1))
    if len(x.shape) != 2 or len(W.shape) != 2 or len(b.shape) != 1 or x.shape[1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"bad shapes: x {tuple(x.shape)}, W {tuple(W.shape)}, b {tuple(b.shape)}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
