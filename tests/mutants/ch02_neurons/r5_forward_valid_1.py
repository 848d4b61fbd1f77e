# target: ch02_neuron_forward
# kind: alternative
# why: valid: tf.cast after convert_to_tensor (works for float64 tensors too), rank checks via shape.rank, one message with all three shapes
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.cast(tf.convert_to_tensor(x), tf.float32)
    W = tf.cast(tf.convert_to_tensor(W), tf.float32)
    b = tf.cast(tf.convert_to_tensor(b), tf.float32)
    ok = (x.shape.rank == 2 and W.shape.rank == 2 and b.shape.rank == 1
          and x.shape[1] == W.shape[0] and b.shape[0] == W.shape[1])
    if not ok:
        raise ValueError(f"incompatible shapes: x {tuple(x.shape)}, W {tuple(W.shape)}, b {tuple(b.shape)}; "
                         "expected (batch, n_in), (n_in, n_out) and (n_out,)")
    z = tf.matmul(x, W) + b
    if activation is None:
        return z
    return activation(z)
