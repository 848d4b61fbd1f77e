# target: ch02_neuron_forward
# kind: alternative
# why: valid: shapes checked with np.shape before conversion, einsum instead of matmul, shapes reported as lists in the message, float32 via tf.cast for any float dtype, identity when activation is None
def layer_shape_error(x, W, b):
    return ValueError(f"neuron_forward got x with shape {list(np.shape(x))}, W with shape {list(np.shape(W))} "
                      f"and b with shape {list(np.shape(b))}; expected (batch, n_in), (n_in, n_out), (n_out,)")


def neuron_forward(x, W, b, activation=None):
    """phi(x @ W + b) for a batch x of shape (batch, n_in); raises ValueError on bad shapes."""
    sx, sw, sb = np.shape(x), np.shape(W), np.shape(b)
    if not (len(sx) == 2 and len(sw) == 2 and len(sb) == 1):
        raise layer_shape_error(x, W, b)
    if sx[1] != sw[0] or sb[0] != sw[1]:
        raise layer_shape_error(x, W, b)
    xt, wt, bt = (tf.cast(tf.convert_to_tensor(a), tf.float32) for a in (x, W, b))
    pre_activation = tf.einsum("bi,io->bo", xt, wt) + bt[tf.newaxis, :]
    if activation is None:
        return pre_activation
    return activation(pre_activation)
