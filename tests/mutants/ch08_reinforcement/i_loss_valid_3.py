# target: ch08_reinforce_loss
# kind: alternative
# why: log-softmax written by hand with tf.reduce_logsumexp, action picked with a one-hot mask, explicit sum divided by N
def reinforce_loss(logits, actions, returns, baseline=None):
    """REINFORCE surrogate loss: -mean((returns - baseline) * log pi(action))."""
    logits = tf.convert_to_tensor(logits)
    dtype = logits.dtype
    n = tf.shape(logits)[0]
    g = tf.reshape(tf.cast(tf.identity(returns) if isinstance(returns, tf.Variable) else returns, dtype), [-1]) \
        if (tf.is_tensor(returns) or isinstance(returns, tf.Variable)) else tf.constant(np.asarray(returns, np.float64).reshape(-1), dtype=tf.float64)
    g = tf.cast(g, dtype)
    if baseline is None:
        b = tf.zeros_like(g)
    elif tf.is_tensor(baseline) or isinstance(baseline, tf.Variable):
        b = tf.cast(tf.convert_to_tensor(baseline), dtype) * tf.ones_like(g)
    else:
        b = tf.cast(tf.constant(np.asarray(baseline, np.float64)), dtype) * tf.ones_like(g)
    weights = tf.stop_gradient(g - b)
    log_pi = logits - tf.reduce_logsumexp(logits, axis=1, keepdims=True)
    one_hot = tf.one_hot(tf.reshape(tf.cast(actions, tf.int32), [-1]), depth=tf.shape(logits)[1], dtype=dtype)
    chosen = tf.reduce_sum(one_hot * log_pi, axis=1)
    return -tf.reduce_sum(weights * chosen) / tf.cast(n, dtype)
