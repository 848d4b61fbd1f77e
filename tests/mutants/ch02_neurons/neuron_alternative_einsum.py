# target: ch02_neuron_forward
# kind: alternative
# why: einsum and one combined shape check
def neuron_forward(x, W, b, activation=None):
    x, W, b = (tf.cast(tf.convert_to_tensor(v), tf.float32) for v in (x, W, b))
    ok = len(x.shape) == 2 and len(W.shape) == 2 and len(b.shape) == 1
    if not ok or x.shape[1] != W.shape[0] or W.shape[1] != b.shape[0]:
        raise ValueError(f"Shapes do not fit: x {x.shape}, W {W.shape}, b {b.shape}")
    out = tf.einsum("bi,io->bo", x, W) + b[tf.newaxis, :]
    if activation is not None:
        out = activation(out)
    return out
