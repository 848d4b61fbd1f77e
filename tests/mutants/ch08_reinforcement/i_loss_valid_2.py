# target: ch08_reinforce_loss
# kind: alternative
# why: uses tf.nn.sparse_softmax_cross_entropy_with_logits (= -log pi of the action) weighted by the advantage; advantage computed in float64 then cast
def reinforce_loss(logits, actions, returns, baseline=None):
    """REINFORCE surrogate loss: -mean((returns - baseline) * log pi(action))."""
    logits = tf.convert_to_tensor(logits)
    advantage = tf.reshape(tf.cast(returns, tf.float64), [-1]) if tf.is_tensor(returns) or isinstance(returns, tf.Variable) \
        else tf.constant(np.reshape(np.asarray(returns, dtype=np.float64), [-1]))
    if baseline is not None:
        if tf.is_tensor(baseline) or isinstance(baseline, tf.Variable):
            b = tf.reshape(tf.cast(baseline, tf.float64), [-1])
        else:
            b = tf.constant(np.reshape(np.asarray(baseline, dtype=np.float64), [-1]))
        advantage = advantage - b
    advantage = tf.stop_gradient(tf.cast(advantage, logits.dtype))
    labels = tf.reshape(tf.cast(actions, tf.int64), [-1])
    cross_entropy = tf.nn.sparse_softmax_cross_entropy_with_logits(labels=labels, logits=logits)
    return tf.reduce_mean(advantage * cross_entropy)
