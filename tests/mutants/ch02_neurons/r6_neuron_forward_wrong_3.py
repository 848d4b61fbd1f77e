# target: ch02_neuron_forward
# kind: mutant
# why: breaks 2.1a: only float64 inputs are cast to float32, so float16 NumPy arrays give a float16 result (and float16 mixed with float64 fails)
def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    def as_tensor(a):
        t = tf.convert_to_tensor(a)
        return tf.cast(t, tf.float32) if t.dtype == tf.float64 else t

    x, W, b = as_tensor(x), as_tensor(W), as_tensor(b)
    if len(x.shape) != 2 or len(W.shape) != 2 or len(b.shape) != 1 or x.shape[1] != W.shape[0] or b.shape[0] != W.shape[1]:
        raise ValueError(f"incompatible shapes: x {tuple(x.shape)}, W {tuple(W.shape)}, b {tuple(b.shape)}")
    z = tf.matmul(x, W) + b
    return z if activation is None else activation(z)
