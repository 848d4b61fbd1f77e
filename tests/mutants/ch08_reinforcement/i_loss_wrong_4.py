# target: ch08_reinforce_loss
# kind: mutant
# why: no tf.stop_gradient on returns - baseline, so a tf.Variable baseline (or watched returns) receives a gradient (8.5c)
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

    if isinstance(actions, (tf.Tensor, tf.Variable)):
        index = tf.reshape(tf.cast(actions, tf.int64), [-1])
    else:
        index = tf.constant(np.asarray(actions, dtype=np.int64).reshape(-1))
    log_pi = tf.nn.log_softmax(logits, axis=-1)
    chosen = tf.gather(log_pi, index, axis=1, batch_dims=1)
    return -tf.reduce_mean(weights * chosen)
