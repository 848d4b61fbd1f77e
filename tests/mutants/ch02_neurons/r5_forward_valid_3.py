# target: ch02_neuron_forward
# kind: alternative
# why: valid: tf.convert_to_tensor(..., dtype=tf.float32) as the text suggests; the inputs are NumPy arrays (2.1a), never float64 tensors
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x = tf.convert_to_tensor(x, dtype=tf.float32)
    W = tf.convert_to_tensor(W, dtype=tf.float32)
    b = tf.convert_to_tensor(b, dtype=tf.float32)
    if x.shape.rank != 2 or W.shape.rank != 2 or b.shape.rank != 1 \
            or x.shape[1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"bad shapes: x {x.shape}, W {W.shape}, b {b.shape}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
