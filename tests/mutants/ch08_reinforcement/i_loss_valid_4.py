# target: ch08_reinforce_loss
# kind: alternative
# why: tf.gather_nd with stacked (row, action) indices; returns and baseline turned into constants with tf.constant(..., dtype=logits.dtype) via NumPy, variables read through .read_value() under stop_gradient
def to_weights(x, dtype):
    if isinstance(x, tf.Variable):
        x = x.read_value()
    if tf.is_tensor(x):
        return tf.stop_gradient(tf.reshape(tf.cast(x, dtype), [-1]))
    return tf.constant(np.asarray(x, dtype=dtype.as_numpy_dtype).reshape(-1), dtype=dtype)


def reinforce_loss(logits, actions, returns, baseline=None):
    """REINFORCE surrogate loss: -mean((returns - baseline) * log pi(action))."""
    logits = tf.convert_to_tensor(logits)
    weights = to_weights(returns, logits.dtype)
    if baseline is not None:
        weights = weights - to_weights(baseline, logits.dtype)
    weights = tf.stop_gradient(weights)
    acts = tf.reshape(tf.cast(actions, tf.int64), [-1])
    rows = tf.range(tf.size(acts, out_type=tf.int64), dtype=tf.int64)
    log_probs = tf.nn.log_softmax(logits)
    picked = tf.gather_nd(log_probs, tf.stack([rows, acts], axis=1))
    return tf.negative(tf.reduce_mean(picked * weights))
