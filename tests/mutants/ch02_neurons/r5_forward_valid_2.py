# target: ch02_neuron_forward
# kind: alternative
# why: valid: converts through NumPy float32 arrays, a helper that checks each condition separately, debug prints, identity default
def as_f32(a):
    return tf.constant(np.asarray(a, dtype=np.float32))


def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x, W, b = as_f32(x), as_f32(W), as_f32(b)
    print("neuron_forward shapes:", x.shape, W.shape, b.shape)
    shapes = f"got x.shape={x.shape}, W.shape={W.shape}, b.shape={b.shape}"
    if len(x.shape) != 2:
        raise ValueError("x must be 2-D (batch, n_in); " + shapes)
    if len(W.shape) != 2:
        raise ValueError("W must be 2-D (n_in, n_out); " + shapes)
    if len(b.shape) != 1:
        raise ValueError("b must be 1-D (n_out,); " + shapes)
    if x.shape[1] != W.shape[0]:
        raise ValueError("x has %d columns but W has %d rows; %s" % (x.shape[1], W.shape[0], shapes))
    if b.shape[0] != W.shape[1]:
        raise ValueError("b has %d entries but W has %d columns; %s" % (b.shape[0], W.shape[1], shapes))
    if activation is None:
        activation = lambda t: t
    z = tf.linalg.matmul(x, W)
    z = tf.add(z, b)
    out = activation(z)
    print(type(out), out.dtype)
    return out
