# target: ch08_reinforce_loss
# kind: mutant
# why: one-hot with depth hard-coded to the demonstration's 2 actions, so any action >= 2 picks nothing (8.5b)
def reinforce_loss(logits, actions, returns, baseline=None):
    """REINFORCE surrogate loss: -mean((returns - baseline) * log pi(action))."""
    logits = tf.convert_to_tensor(logits)
    dtype = logits.dtype

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
    chosen = tf.reduce_sum(tf.one_hot(index, 2, dtype=dtype) * log_pi[:, :2], axis=1)
    return -tf.reduce_mean(weights * chosen)
