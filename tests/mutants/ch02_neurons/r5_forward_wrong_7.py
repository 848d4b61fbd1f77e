# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1a: computes in the inputs' own dtype and casts only the result, so mixed dtypes (float32 x with float64 W) crash in tf.matmul
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.convert_to_tensor(x)
    W = tf.convert_to_tensor(W)
    b = tf.convert_to_tensor(b)
    if x.shape.rank != 2 or W.shape.rank != 2 or b.shape.rank != 1 \
            or x.shape[1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"bad shapes: x {x.shape}, W {W.shape}, b {b.shape}")
    z = tf.matmul(x, W) + b
    if activation is not None:
        z = activation(z)
    return tf.cast(z, tf.float32)
