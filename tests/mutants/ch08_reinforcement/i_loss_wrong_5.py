# target: ch08_reinforce_loss
# kind: mutant
# why: casts logits and weights to float32, so float64 logits give a float32 loss (8.5a)
def reinforce_loss(logits, actions, returns, baseline=None):
    """REINFORCE surrogate loss: -mean((returns - baseline) * log pi(action))."""
    logits = tf.cast(logits, tf.float32)
    dtype = tf.float32

    def constant(x):
        if isinstance(x, (tf.Tensor, tf.Variable)):
            return tf.reshape(tf.cast(x, dtype), [-1])
        return tf.reshape(tf.cast(tf.constant(np.asarray(x, dtype=np.float64)), dtype), [-1])

    weights = constant(returns)
    if baseline is not None:
        weights = weights - constant(baseline)
    weights = tf.stop_gradient(weights)
    if isinstance(actions, (tf.Tensor, tf.Variable)):
        index = tf.reshape(tf.cast(actions, tf.int64), [-1])
    else:
        index = tf.constant(np.asarray(actions, dtype=np.int64).reshape(-1))
    log_pi = tf.nn.log_softmax(logits, axis=-1)
    chosen = tf.gather(log_pi, index, axis=1, batch_dims=1)
    return -tf.reduce_mean(weights * chosen)
