# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1d: never checks that x is 2-D; tensordot contracts the last axis, so a 1-D x of shape (n_in,) or a 3-D x is accepted silently instead of raising ValueError
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    if len(W.shape) != 2 or len(b.shape) != 1 or x.shape[-1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"incompatible shapes: x {tuple(x.shape)}, W {tuple(W.shape)}, b {tuple(b.shape)}")
    z = tf.tensordot(x, W, axes=1) + b
    return z if activation is None else activation(z)
