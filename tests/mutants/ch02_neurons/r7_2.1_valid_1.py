# target: ch02_neuron_forward
# kind: alternative
# why: valid: shape checks done on NumPy views first (np.shape), tensordot instead of matmul, an identity lambda for None, a debug print; result is float32 (batch, n_out)
def _check_dense_shapes(xs, Ws, bs):
    ok = len(xs) == 2 and len(Ws) == 2 and len(bs) == 1 and xs[1] == Ws[0] and bs[0] == Ws[1]
    if not ok:
        raise ValueError("neuron_forward got x of shape %s, W of shape %s and b of shape %s" % (xs, Ws, bs))


def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    x32 = tf.cast(tf.convert_to_tensor(x), dtype=tf.float32)
    W32 = tf.cast(tf.convert_to_tensor(W), dtype=tf.float32)
    b32 = tf.cast(tf.convert_to_tensor(b), dtype=tf.float32)
    _check_dense_shapes(tuple(x32.shape), tuple(W32.shape), tuple(b32.shape))
    phi = (lambda t: t) if activation is None else activation
    out = phi(tf.tensordot(x32, W32, axes=1) + b32[tf.newaxis, :])
    print("neuron_forward:", x32.shape, "->", out.shape)
    return out
